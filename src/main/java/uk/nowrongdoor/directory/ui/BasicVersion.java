package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The way from every Vaadin page to its basic version (issue 14), in the static HTML so that it works before and
 * without JavaScript: a link next to the crisis numbers, a search form inside {@code <noscript>}, and on a listing
 * the canonical address search engines should use (the basic listing page, which needs no script to read).
 */
final class BasicVersion {

    static final String SEARCH = "/basic/search";

    private BasicVersion() {}

    static void add(Document document, @Nullable String path, java.util.Map<String, String[]> parameters) {
        Element strip = document.getElementById(CrisisShell.STRIP_ID);
        if (strip == null) {
            return;
        }
        String basic = counterpart(path == null ? "/" : path, parameters);
        strip.appendElement("p")
                .appendElement("a")
                .attr("href", basic)
                .attr("id", "nwd-basic-version")
                .text("Slow connection? Use the basic version");
        var form = strip.appendElement("noscript")
                .appendElement("form")
                .attr("action", SEARCH)
                .attr("method", "get")
                .attr("role", "search");
        form.appendElement("label").attr("for", "nwd-noscript-q").text("Search for support ");
        form.appendElement("input")
                .attr("id", "nwd-noscript-q")
                .attr("name", "q")
                .attr("type", "search")
                .attr("maxlength", "200");
        form.appendText(" ");
        form.appendElement("button").attr("type", "submit").text("Search");
        if (basic.startsWith("/basic/listing/") || basic.startsWith("/basic/pages/")) {
            document.head().appendElement("link").attr("rel", "canonical").attr("href", basic);
        }
    }

    /** The basic page showing the same thing: a listing, a content page, or the same search. */
    static String counterpart(String path, java.util.Map<String, String[]> parameters) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.matches("listing/[a-z0-9-]{1,120}")) {
            return "/basic/" + p;
        }
        if (p.matches("pages/[a-z0-9-]{1,60}")) {
            return "/basic/" + p;
        }
        if (p.isEmpty()) {
            var lists = new LinkedHashMap<String, List<String>>();
            parameters.forEach((k, v) -> lists.put(k, Arrays.asList(v)));
            // through the search's own parameters, so only what the search understands is carried over
            var query = SearchParameters.fromParameters(new QueryParameters(lists));
            var out = new StringBuilder(SEARCH);
            SearchParameters.toParameters(query)
                    .getParameters()
                    .forEach((key, values) -> values.forEach(v -> out.append(out.indexOf("?") < 0 ? '?' : '&')
                            .append(key)
                            .append('=')
                            .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
            return out.toString();
        }
        return SEARCH;
    }
}
