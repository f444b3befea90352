package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.DirectoryService;

/**
 * Writes the crisis numbers, a quick-exit link and the quick-exit script into the static HTML of every page, so they
 * show at first paint and when JavaScript never loads. Styled inline for the same reason.
 */
@Component
class CrisisShell implements VaadinServiceInitListener {

    static final String STRIP_ID = "nwd-crisis-strip";

    private static final String CSS =
            """
            .nwd-crisis-strip{background:#fff3cd;color:#1a1a1a;border-bottom:2px solid #8a6d00;padding:6px 12px;\
            font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            .nwd-crisis-strip p{margin:0}
            .nwd-crisis-strip a{color:#00305e;font-weight:700;display:inline-block;min-height:24px;padding:2px 0}
            .nwd-crisis-strip a:focus{outline:3px solid #1a1a1a;outline-offset:2px;background:#ffdd00}
            .nwd-skip{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
            .nwd-skip:focus{position:static;width:auto;height:auto;display:inline-block;margin:4px 8px 4px 0}
            .nwd-crisis-strip .nwd-narrow{display:none}
            @media (max-width:47.99rem){\
            .nwd-crisis-strip{padding:4px 8px;font-size:14px;line-height:24px}\
            .nwd-crisis-strip .nwd-wide{display:none}\
            .nwd-crisis-strip .nwd-narrow{display:inline}\
            .nwd-crisis-line{white-space:nowrap}\
            .nwd-crisis-strip a{padding:0}}
            """;

    private final DirectoryService directory;

    CrisisShell(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> decorate(response.getDocument()));
        event.addIndexHtmlRequestListener(response -> BasicVersion.add(
                response.getDocument(),
                response.getVaadinRequest().getPathInfo(),
                response.getVaadinRequest().getParameterMap()));
    }

    void decorate(Document document) {
        document.selectFirst("html").attr("lang", "en-GB");
        document.head().appendElement("style").attr("id", "nwd-shell-style").text(CSS);
        document.head().appendElement("script").attr("src", "/js/quick-exit.js").attr("defer", "");
        // Installable app: the manifest, and the service worker that keeps the offline crisis card (/offline.html).
        document.head().appendElement("link").attr("rel", "manifest").attr("href", "/manifest.webmanifest");
        document.head().appendElement("meta").attr("name", "theme-color").attr("content", "#005eb8");
        document.head()
                .appendElement("script")
                .attr("src", "/js/offline-card.js")
                .attr("defer", "");
        document.body().prependChild(strip());
    }

    private Element strip() {
        var strip = new Element("div")
                .attr("id", STRIP_ID)
                .addClass("nwd-crisis-strip")
                .attr("role", "region")
                .attr("aria-label", "Urgent help");
        strip.appendElement("a")
                .addClass("nwd-skip")
                .attr("href", QuickExit.EXIT_PATH)
                .attr("data-quick-exit", "")
                .text("Exit this page quickly (or press Shift three times)");
        // elementtiming lets the browser tests measure when the crisis numbers are painted.
        var p = strip.appendElement("p").attr("elementtiming", "crisis-numbers");
        // On a phone every line keeps its link in a shorter form and wraps only between lines, so the strip takes two
        // lines, not five.
        var label = p.appendElement("strong").text("Need help");
        label.appendElement("span").addClass("nwd-wide").text(" now");
        label.appendText("? ");
        boolean first = true;
        for (CrisisLine line : directory.crisisLines()) {
            if (!first) {
                // text of the paragraph itself (no flex layout here): the browser tests time the paint of its text
                p.appendText(" · ");
            }
            first = false;
            var item = p.appendElement("span").addClass("nwd-crisis-line");
            item.appendElement("span").addClass("nwd-wide").text(line.getName() + ": ");
            var link = item.appendElement("a").attr("href", line.href());
            link.appendElement("span").addClass("nwd-wide").text(line.getAction());
            link.appendElement("span").addClass("nwd-narrow").text(shortForm(line));
        }
        strip.appendElement("noscript")
                .appendElement("a")
                .attr("href", QuickExit.EXIT_PATH)
                .text("Exit this page");
        return strip;
    }

    /**
     * The phone form of a line, which names the line and its number: "NHS 111, option 2", "Text SHOUT to 85258",
     * "Samaritans 116 123". Three-digit numbers (999, 111) are known by heart, so "Call 999" needs no name.
     */
    static String shortForm(CrisisLine line) {
        String name = line.getName().replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
        String action = line.getAction();
        if (name.contains(line.getDial())) {
            return name;
        }
        if (action.toLowerCase(Locale.UK).contains(name.toLowerCase(Locale.UK))
                || line.getDial().length() <= 3) {
            return action;
        }
        return name + " " + action.replaceFirst("^Call ", "");
    }
}
