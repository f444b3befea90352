package uk.nowrongdoor.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.content.CrisisLinesFromContent;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.DirectoryReadiness;
import uk.nowrongdoor.directory.service.DirectoryService;

/**
 * The basic search through the real HTTP filter chain while the node is not ready (the state Spring Boot holds until
 * first-start loading or an index rebuild is done): "still loading" with 503 and the crisis numbers, never "no services
 * found"; and the normal answer once ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BasicSearchWhileLoadingTest {

    /** Words that match no listing: when ready they get "No services found" and the fallback. */
    static final String NOTHING_MATCHES = "/basic/search?q=qzxv+wplk";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectoryService directory;

    @Autowired
    CrisisLinesFromContent fromContent;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    void notReady() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)));
    }

    static String text(String html) {
        return html.replace("&#39;", "'").replace("&amp;", "&");
    }

    void assertLoadingPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After"))
                .hasValue(String.valueOf(DirectoryReadiness.RETRY_AFTER_SECONDS));
        String body = text(response.body());
        assertThat(body)
                .contains(DirectoryReadiness.LOADING_MESSAGE)
                .contains("call 999 or go to A&E")
                .doesNotContain("No services found", "These may help", "services found", "Crisis cafés open tonight");
        var lines = directory.crisisLines();
        assertThat(lines).isNotEmpty();
        for (CrisisLine line : lines) {
            // in the strip at the top and in the "Help right now" card, as plain links that need no JavaScript
            assertThat(body).contains("href=\"" + line.href() + "\"").contains(text(line.getAction()));
        }
    }

    @Test
    void while_not_ready_a_search_that_would_find_nothing_answers_503_still_loading_with_the_crisis_numbers()
            throws Exception {
        notReady();

        assertLoadingPage(get(NOTHING_MATCHES));
        assertLoadingPage(get("/basic/search?q=samaritans"));
        assertLoadingPage(get("/basic/search"));
    }

    @Test
    void while_not_ready_a_postcode_search_is_not_looked_up_and_answers_still_loading() throws Exception {
        var page = get("/basic/search?q=carers").body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        notReady();

        var response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/basic/near"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=carers&postcode=CV34+4AB&_csrf=" + token.group(1))));

        assertLoadingPage(response);
        // neither looked up nor kept (the hint names CV34 as an example, so look at the field's value)
        assertThat(response.body()).doesNotContain("4AB", "value=\"CV34");
    }

    @Test
    void once_ready_the_same_searches_answer_as_usual() throws Exception {
        notReady();
        assertThat(get(NOTHING_MATCHES).statusCode()).isEqualTo(503);
        ready();

        var nothing = get(NOTHING_MATCHES);
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.headers().firstValue("Retry-After")).isEmpty();
        assertThat(text(nothing.body()))
                .contains("No services found for those words", "These may help")
                .doesNotContain(DirectoryReadiness.LOADING_MESSAGE);

        var found = get("/basic/search?q=samaritans");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(text(found.body()))
                .containsPattern("\\d+ services? found")
                .contains("/basic/listing/")
                .doesNotContain(DirectoryReadiness.LOADING_MESSAGE);
    }

    @Test
    void before_a_first_start_has_loaded_them_the_basic_pages_show_the_same_crisis_numbers_from_content() {
        // on a first start the import commits at its end, so the pages show content/'s lines until then
        assertThat(fromContent.lines())
                .extracting(CrisisLine::getName, CrisisLine::getAction, CrisisLine::href)
                .containsExactlyElementsOf(directory.crisisLines().stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.getName(), l.getAction(), l.href()))
                        .toList());
    }
}
