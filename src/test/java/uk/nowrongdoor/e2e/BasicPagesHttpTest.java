package uk.nowrongdoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.ListingCard;
import uk.nowrongdoor.directory.service.SearchPage;
import uk.nowrongdoor.directory.ui.SearchParameters;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.partner.domain.EditSuggestionRepository;

/**
 * The basic pages (issue 14) through the real HTTP filter chain: the same results as the home page's search, no
 * cookies, postcodes kept out of URLs, the suggestion form's CSRF check, and what search engines read.
 */
class BasicPagesHttpTest extends BrowserTest {

    /** The home page's search page size ("Show more" adds as many). */
    static final int PAGE_SIZE = 20;

    @Autowired
    DirectoryService directory;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    EditSuggestionRepository suggestions;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void removeSuggestions() {
        suggestions.deleteAll();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(String... pairs) {
        var out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(out.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** The listing slugs of the "Results" list, in order. */
    static List<String> resultSlugs(String html) {
        int start = html.indexOf("aria-label=\"Results\"");
        if (start < 0) {
            return List.of();
        }
        String list = html.substring(start, html.indexOf("</ul>", start));
        var slugs = new ArrayList<String>();
        Matcher m = Pattern.compile("href=\"/basic/listing/([a-z0-9-]+)\"").matcher(list);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the form").isTrue();
        return m.group(1);
    }

    /** What the home page shows for the same address: the same service call HomeView makes. */
    SearchPage homePage(String queryString, int offset, Near near) {
        var query = SearchParameters.fromParameters(QueryParameters.fromString(queryString))
                .withNear(near);
        return directory.search(query, offset, PAGE_SIZE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=crisis+cafe",
                "q=carers+in+Bedworth",
                "q=I+want+to+end+my+life",
                "q=low+mood&place=rugby",
                "category=safe-haven&when=tonight",
                "q=support&access=drop_in&free=yes",
                "age=16&delivery=phone",
                "q=samaritens",
                "q=xqzvbnmw+in+Rugby",
                "category=carers&when=weekend&when=now"
            })
    void basic_search_shows_the_home_pages_listings_in_the_same_order_with_the_same_count(String queryString)
            throws Exception {
        var expected = homePage(queryString, 0, null);
        var response = get("/basic/search?" + queryString);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(resultSlugs(response.body()))
                .containsExactlyElementsOf(
                        expected.cards().stream().map(ListingCard::slug).toList());
        String count = expected.total() == 0
                ? "No services found"
                : expected.total() == 1 ? "1 service found" : expected.total() + " services found";
        assertThat(response.body()).contains(count);
    }

    @Test
    void the_second_basic_page_holds_what_show_more_adds_on_the_home_page() throws Exception {
        var expected = homePage("", PAGE_SIZE, null);
        assertThat(expected.total()).as("enough seed listings for two pages").isGreaterThan(PAGE_SIZE);

        var response = get("/basic/search?page=2");

        assertThat(resultSlugs(response.body()))
                .containsExactlyElementsOf(
                        expected.cards().stream().map(ListingCard::slug).toList());
        assertThat(response.body()).contains("Page 2 of " + ((expected.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    @Test
    void a_full_postcode_goes_in_the_body_and_only_its_outward_code_reaches_the_url() throws Exception {
        String token = csrf(get("/basic/search?q=carers").body());

        var response = post("/basic/near", form("q", "carers", "postcode", "CV34 4AB", "within", "10", "_csrf", token));

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("near=CV34", "within=10", "q=carers").doesNotContain("4AB");

        var results = get(location.replaceFirst("^https?://[^/]+", ""));
        var point = gazetteer.locate("CV34");
        var expected = homePage(
                "q=carers", 0, Near.point(point.latitude(), point.longitude()).withinMiles(10));
        assertThat(resultSlugs(results.body()))
                .containsExactlyElementsOf(
                        expected.cards().stream().map(ListingCard::slug).toList());
        assertThat(results.body()).contains("away");
    }

    @Test
    void a_postcode_that_is_not_one_is_explained_next_to_the_field() throws Exception {
        String token = csrf(get("/basic/search").body());

        var response = post("/basic/near", form("postcode", "not a postcode", "_csrf", token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("id=\"postcode-error\"", "That doesn&#39;t look like a postcode")
                .contains("aria-invalid=\"true\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/basic/search",
                "/basic/search?q=crisis+cafe",
                "/basic/listing/" + FIXTURE_SLUG,
                "/basic/suggest-edit/" + FIXTURE_SLUG,
                "/basic/pages/about",
                "/basic/help",
                "/basic/listing/no-such-service",
                "/sitemap.xml",
                "/robots.txt"
            })
    void basic_pages_set_no_cookie_and_keep_the_strict_headers(String path) throws Exception {
        var response = get(path);

        assertThat(response.statusCode()).isIn(200, 404);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "script-src 'self';", "form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval", "http:", "https:");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void an_unknown_listing_is_a_basic_page_not_found_with_the_crisis_numbers() throws Exception {
        var response = get("/basic/listing/no-such-service");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found", "href=\"tel:116123\"");
    }

    @Test
    void a_signed_in_member_of_staffs_session_cookie_is_neither_read_nor_renewed_on_basic_pages() throws Exception {
        var response = get("/basic/search", "Cookie", "JSESSIONID=ABCDEF0123456789");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_suggestion_without_the_forms_token_is_refused_and_nothing_is_saved() throws Exception {
        var response =
                post("/basic/suggest-edit/" + FIXTURE_SLUG, form("reason", "OUT_OF_DATE", "details", "Closed now"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Please send the form again");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(suggestions.findAll()).isEmpty();
    }

    @Test
    void a_suggestion_posted_from_another_site_is_refused_even_with_a_token() throws Exception {
        String token = csrf(get("/basic/suggest-edit/" + FIXTURE_SLUG).body());

        var response = post(
                "/basic/suggest-edit/" + FIXTURE_SLUG,
                form("reason", "OUT_OF_DATE", "_csrf", token),
                "Sec-Fetch-Site",
                "cross-site");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(suggestions.findAll()).isEmpty();
    }

    @Test
    void a_forged_token_is_refused() throws Exception {
        String token = csrf(get("/basic/suggest-edit/" + FIXTURE_SLUG).body());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(43);

        var response = post("/basic/suggest-edit/" + FIXTURE_SLUG, form("reason", "OUT_OF_DATE", "_csrf", forged));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_suggestion_without_a_reason_says_so_next_to_the_choice_and_keeps_what_was_typed() throws Exception {
        String token = csrf(get("/basic/suggest-edit/" + FIXTURE_SLUG).body());

        var response = post(
                "/basic/suggest-edit/" + FIXTURE_SLUG,
                form("details", "The phone number changed", "contact", "", "_csrf", token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"reason-error\"", "Choose what is wrong", "The phone number changed");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(suggestions.findAll()).isEmpty();
    }

    @Test
    void a_too_long_contact_gets_the_services_message_next_to_the_contact_field() throws Exception {
        String token = csrf(get("/basic/suggest-edit/" + FIXTURE_SLUG).body());

        var response = post(
                "/basic/suggest-edit/" + FIXTURE_SLUG,
                form("reason", "WRONG_CONTACT", "contact", "x".repeat(201), "_csrf", token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"contact-error\"", "Your email or phone number must be 200");
        assertThat(suggestions.findAll()).isEmpty();
    }

    @Test
    void a_valid_suggestion_is_saved_and_the_browser_is_sent_to_a_thank_you_page() throws Exception {
        String token = csrf(get("/basic/suggest-edit/" + FIXTURE_SLUG).body());

        var response = post(
                "/basic/suggest-edit/" + FIXTURE_SLUG,
                form("reason", "OUT_OF_DATE", "details", "Now closes at 22:00", "_csrf", token),
                "Sec-Fetch-Site",
                "same-origin");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .endsWith("/basic/suggest-edit/" + FIXTURE_SLUG + "/sent");
        assertThat(suggestions.findAll()).singleElement().satisfies(s -> assertThat(s.getDetails())
                .isEqualTo("Now closes at 22:00"));
        assertThat(get("/basic/suggest-edit/" + FIXTURE_SLUG + "/sent").body()).contains("Thank you");
    }

    @Test
    void a_listing_has_one_canonical_address_a_title_a_description_and_structured_data() throws Exception {
        var html = get("/basic/listing/" + FIXTURE_SLUG).body();

        assertThat(html)
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080/basic/listing/" + FIXTURE_SLUG + "\">")
                .contains("<title>Evening Crisis Café (test fixture), Coventry | No Wrong Door</title>")
                .contains("<meta name=\"description\" content=\"A crisis café for the browser tests")
                .contains("href=\"tel:01632960123\"", "Call 01632 960 123")
                .contains("href=\"/listing/" + FIXTURE_SLUG + "\"")
                .contains("18:00 to 23:00")
                .contains(directory
                        .openingStatus(listings.findBySlug(FIXTURE_SLUG).orElseThrow())
                        .text());
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        var json = new ObjectMapper().readTree(m.group(1));
        assertThat(json.path("@type").asText()).isEqualTo("Service");
        assertThat(json.path("name").asText()).isEqualTo(FIXTURE_NAME);
        assertThat(json.path("provider").path("name").asText()).isEqualTo("Fixture Trust");
        assertThat(json.path("availableChannel")
                        .path("servicePhone")
                        .path("telephone")
                        .asText())
                .isEqualTo(FIXTURE_PHONE);
        assertThat(json.path("hoursAvailable").get(0).path("opens").asText()).isEqualTo("18:00");
        assertThat(m.group(1)).doesNotContain("email", "@example");
    }

    @Test
    void the_vaadin_listing_page_names_the_basic_page_as_canonical_and_links_to_it_before_javascript()
            throws Exception {
        var html = get("/listing/" + FIXTURE_SLUG).body();

        assertThat(html)
                .contains("<link rel=\"canonical\" href=\"/basic/listing/" + FIXTURE_SLUG + "\">")
                .contains("href=\"/basic/listing/" + FIXTURE_SLUG + "\"")
                .contains("Slow connection? Use the basic version");
    }

    @Test
    void every_vaadin_page_has_a_noscript_search_form_going_to_the_basic_search() throws Exception {
        var html = get("/?q=crisis+cafe").body();

        assertThat(html)
                .containsPattern("<noscript>\\s*<form action=\"/basic/search\" method=\"get\" role=\"search\">")
                .contains("href=\"/basic/search?q=crisis+cafe\"", "Slow connection? Use the basic version");
    }

    @Test
    void the_sitemap_lists_every_active_listing_and_no_staff_or_form_page() throws Exception {
        var response = get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        var locations = new ArrayList<String>();
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(response.body());
        while (m.find()) {
            locations.add(m.group(1));
        }
        var active = listings.findAll().stream()
                .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                .map(Listing::getSlug)
                .map(slug -> "http://localhost:8080/basic/listing/" + slug)
                .toList();
        assertThat(active).hasSizeGreaterThan(20);
        assertThat(locations).containsAll(active).contains("http://localhost:8080/basic/search");
        assertThat(locations.stream().filter(l -> l.contains("/basic/listing/")))
                .hasSameSizeAs(active);
        assertThat(locations)
                .noneMatch(l -> l.matches(".*/(staff|admin|partner|login|account|refer|feedback|suggest-edit).*"));
    }

    @Test
    void robots_txt_keeps_search_engines_off_staff_sign_in_and_form_pages() throws Exception {
        var body = get("/robots.txt").body();

        assertThat(body)
                .contains("User-agent: *")
                .contains(
                        "Disallow: /staff",
                        "Disallow: /admin",
                        "Disallow: /partner",
                        "Disallow: /login",
                        "Disallow: /refer/",
                        "Disallow: /feedback",
                        "Disallow: /basic/suggest-edit/",
                        "Disallow: /suggest-edit/")
                .contains("Sitemap: http://localhost:8080/sitemap.xml")
                .doesNotContain("Disallow: /basic/listing", "Disallow: /basic/search");
    }
}
