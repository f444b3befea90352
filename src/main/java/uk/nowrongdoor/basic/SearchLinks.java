package uk.nowrongdoor.basic;

import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.ui.SearchParameters;

/**
 * A basic search as a URL: the Vaadin home page's own parameters (read and written by {@link SearchParameters}, so a
 * search moves between the two versions unchanged), and the basic page's "near" (an outward code, never a full
 * postcode), "within" (miles) and "page".
 */
record SearchLinks(ListingQuery query, @Nullable String near, @Nullable Integer within, int page) {

    static final String PATH = "/basic/search";

    static ListingQuery query(Map<String, String[]> parameters) {
        var lists = new LinkedHashMap<String, List<String>>();
        parameters.forEach((k, v) -> lists.put(k, Arrays.asList(v)));
        return SearchParameters.fromParameters(new QueryParameters(lists));
    }

    /** This search on the basic page. */
    String basic() {
        var map = parameters(query);
        if (near != null) {
            map.put("near", List.of(near));
            if (within != null) {
                map.put("within", List.of(within.toString()));
            }
        }
        if (page > 1) {
            map.put("page", List.of(Integer.toString(page)));
        }
        return PATH + queryString(map);
    }

    SearchLinks toPage(int other) {
        return new SearchLinks(query, near, within, other);
    }

    SearchLinks with(ListingQuery other) {
        return new SearchLinks(other, near, within, 1);
    }

    /** The same search on the Vaadin home page (which keeps a postcode in the page, not the URL). */
    String vaadin() {
        return "/" + queryString(parameters(query));
    }

    static Map<String, List<String>> parameters(ListingQuery q) {
        return new LinkedHashMap<>(SearchParameters.toParameters(q).getParameters());
    }

    static String queryString(Map<String, List<String>> map) {
        var out = new StringBuilder();
        map.forEach((key, values) -> values.forEach(v -> out.append(out.isEmpty() ? '?' : '&')
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return out.toString();
    }
}
