package uk.nowrongdoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The basic pages' first-visit weight and time to usable on slow 4G, side by side with the Vaadin home page, against a
 * running production build (issue 14; figures in the README, "Basic pages"):
 * <pre>
 * ./mvnw -Pproduction package -DskipTests && java -jar target/no-wrong-door-1.0.0-SNAPSHOT.jar &
 * ./mvnw test -Dtest=BasicPagesBenchmark -Dnwd.benchmark.url=http://localhost:8080/
 * </pre>
 * Not a timed test: it runs only when {@code nwd.benchmark.url} is given, and prints its figures.
 */
@EnabledIfSystemProperty(named = "nwd.benchmark.url", matches = ".+")
class BasicPagesBenchmark {

    static final String URL = System.getProperty("nwd.benchmark.url", "").replaceFirst("/$", "");
    static final long BASIC_BUDGET_KB = 30;

    @Test
    void basic_search_and_listing_first_visits_next_to_the_vaadin_home_page() throws Exception {
        var browser = Chromium.browser();
        String search = URL + "/basic/search?q=crisis+cafe";
        String listing = URL + "/basic/listing/" + firstResult(search);

        var searchWeight = PageMetrics.firstVisit(browser, search, false);
        var listingWeight = PageMetrics.firstVisit(browser, listing, false);
        var homeWeight = PageMetrics.firstVisit(browser, URL + "/?q=crisis+cafe", true);
        double searchUsable = PageMetrics.basicUsable(browser, search);
        double listingUsable = PageMetrics.basicUsable(browser, listing);
        var homePaint = PageMetrics.slow4g(browser, URL + "/?q=crisis+cafe", true);

        System.out.println(
                "| Page | First visit (compressed, headers included) | Requests | Usable on slow 4G, 4x CPU |");
        System.out.println("|---|---|---|---|");
        print("Basic search, \"crisis cafe\"", searchWeight, searchUsable);
        print("Basic listing", listingWeight, listingUsable);
        print("Vaadin home page, \"crisis cafe\"", homeWeight, homePaint.searchUsableMs());
        searchWeight.urls().forEach(u -> System.out.println("  basic search: " + u));
        listingWeight.urls().forEach(u -> System.out.println("  basic listing: " + u));

        assertThat(searchWeight.otherHosts(PageMetrics.origin(URL + "/"))).isEmpty();
        assertThat(listingWeight.otherHosts(PageMetrics.origin(URL + "/"))).isEmpty();
        assertThat(searchWeight.kilobytes()).isLessThanOrEqualTo(BASIC_BUDGET_KB);
        assertThat(listingWeight.kilobytes()).isLessThanOrEqualTo(BASIC_BUDGET_KB);
    }

    private static void print(String name, PageMetrics.Weight weight, double usableMs) {
        System.out.printf(
                "| %s | %.1f KB | %d | %.0f ms |%n", name, weight.bytes() / 1024.0, weight.requests(), usableMs);
    }

    private static String firstResult(String search) throws Exception {
        var html = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(search)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var m = Pattern.compile("aria-label=\"Results\"[\\s\\S]*?href=\"/basic/listing/([a-z0-9-]+)\"")
                .matcher(html);
        assertThat(m.find()).as("a result for crisis cafe").isTrue();
        return m.group(1);
    }
}
