package uk.nowrongdoor.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a phone gets before any JavaScript runs: the raw HTML of every public page carries the crisis numbers and a
 * way out. Quick exit ends the session and leaves for the neutral site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticShellHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/listing/samaritans-helpline", "/pages/about", "/pages/privacy", "/?q=carers"})
    void crisis_numbers_and_quick_exit_are_in_the_raw_html_of_every_public_page(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html)
                .contains("<html lang=\"en-GB\"")
                .contains("id=\"" + CrisisShell.STRIP_ID + "\"")
                .contains("href=\"tel:999\"")
                .contains("href=\"tel:111\"")
                .contains("href=\"tel:116123\"")
                .contains("href=\"sms:85258?&amp;body=SHOUT\"")
                .contains("href=\"/exit\"")
                .contains("src=\"/js/quick-exit.js\"");
        // first in the body, so it paints before anything Vaadin renders
        assertThat(html).containsPattern("<body[^>]*>\\s*<div id=\"" + CrisisShell.STRIP_ID + "\"");
    }

    @Test
    void quick_exit_script_is_public() throws Exception {
        var response = get("/js/quick-exit.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("location.replace('/exit')");
    }

    @Test
    void the_offline_card_is_written_from_the_crisis_lines_with_no_cookie_and_no_other_host() throws Exception {
        var response = get("/offline.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body())
                .contains("<title>You are offline: crisis numbers | No Wrong Door</title>")
                .contains("<a class=\"call\" href=\"tel:999\">Call 999</a>")
                .contains("<a class=\"call\" href=\"tel:111\">Call 111 and choose option 2</a>")
                .contains("<a class=\"call\" href=\"tel:116123\">Call 116 123</a>")
                .contains("<a class=\"call\" href=\"sms:85258?&amp;body=SHOUT\">Text SHOUT to 85258</a>")
                .doesNotContain("<script")
                .doesNotContainPattern("(src|href)=\"https?://");
    }

    @Test
    void exit_ends_the_session_and_redirects_to_the_neutral_site() throws Exception {
        var response = get("/exit");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("https://www.bbc.co.uk/weather");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void pages_are_compressed_when_the_browser_accepts_it() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pages/about"))
                .header("Accept-Encoding", "gzip")
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void a_broken_link_shows_not_found_with_the_crisis_numbers_not_staff_sign_in() throws Exception {
        var response = get("/no-such-page");
        // Vaadin serves its page shell, then shows NotFoundView inside the public layout; before this, the
        // request-level rules answered 302 to the staff sign-in page
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("href=\"tel:116123\"");
    }

    @Test
    void staff_sign_in_page_is_public() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }
}
