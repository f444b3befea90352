package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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
        p.appendElement("strong").text("Need help now? ");
        boolean first = true;
        for (CrisisLine line : directory.crisisLines()) {
            if (!first) {
                p.appendText(" · ");
            }
            first = false;
            p.appendText(line.getName() + ": ");
            p.appendElement("a").attr("href", line.href()).text(line.getAction());
        }
        strip.appendElement("noscript")
                .appendElement("a")
                .attr("href", QuickExit.EXIT_PATH)
                .text("Exit this page");
        return strip;
    }
}
