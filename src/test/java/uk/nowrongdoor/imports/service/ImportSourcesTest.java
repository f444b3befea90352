package uk.nowrongdoor.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import uk.nowrongdoor.base.domain.UserFacingException;

class ImportSourcesTest {

    private static ImportSources sources(List<String> allowed) {
        return new ImportSources(new ImportProperties(
                DataSize.ofBytes(10), DataSize.ofBytes(10), allowed, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @Test
    void with_no_allowed_urls_every_url_is_refused() {
        assertThatThrownBy(() -> sources(List.of()).allowedUrl("https://data.example.org/oruk/services"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("switched off");
    }

    @Test
    void only_https_urls_starting_with_an_allowed_entry_pass() {
        var sources = sources(List.of("https://data.example.org/oruk", "https://files.example.net/onspd/"));
        assertThat(sources.allowedUrl("https://data.example.org/oruk/services?page=1"))
                .hasToString("https://data.example.org/oruk/services?page=1");
        assertThat(sources.allowedUrl("https://files.example.net/onspd/ONSPD.csv"))
                .hasToString("https://files.example.net/onspd/ONSPD.csv");
        for (String refused : List.of(
                "http://data.example.org/oruk/services",
                "https://data.example.org/orukextra",
                "https://data.example.org.evil.example/oruk",
                "https://user@data.example.org/oruk/services",
                "https://data.example.org/oruk/../admin",
                "https://files.example.net/other.csv",
                "file:///etc/passwd",
                "/etc/passwd",
                "http://127.0.0.1:8080/actuator",
                "not a url")) {
            assertThatThrownBy(() -> sources.allowedUrl(refused)).as(refused).isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void an_upload_over_the_limit_is_refused_and_its_partial_file_removed() throws Exception {
        var sources = sources(List.of());
        var kept = sources.upload(new ByteArrayInputStream(new byte[10]));
        assertThat(Files.size(kept)).isEqualTo(10);
        Files.delete(kept);
        long before;
        try (var files = Files.list(kept.getParent())) {
            before = files.filter(f -> f.getFileName().toString().startsWith("nwd-import-"))
                    .count();
        }
        assertThatThrownBy(() -> sources.upload(new ByteArrayInputStream(new byte[11])))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("The upload is larger than the limit of 10 bytes.");
        try (var files = Files.list(kept.getParent())) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("nwd-import-"))
                            .count())
                    .isEqualTo(before);
        }
    }

    /**
     * A local plain-HTTP server stands in for https://data.example.org/oruk/ (the opener maps one onto the other), so
     * the download's redirect rule and size limit run against real HTTP responses.
     */
    @Test
    void a_download_follows_redirects_only_on_the_list_and_stops_at_the_size_limit() throws Exception {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oruk/feed.json", answer(200, null, "[1,2]"));
        server.createContext("/oruk/big.json", answer(200, null, "[1,2,3,4,5,6,7,8,9]"));
        server.createContext("/oruk/moved", answer(302, "/oruk/feed.json", ""));
        server.createContext("/oruk/away", answer(302, "https://evil.example/oruk/feed.json", ""));
        server.createContext("/oruk/internal", answer(302, "http://127.0.0.1:8080/actuator", ""));
        server.start();
        try {
            var calls = new ArrayList<String>();
            var sources = new ImportSources(
                    new ImportProperties(
                            DataSize.ofBytes(10),
                            DataSize.ofBytes(10),
                            List.of("https://data.example.org/oruk/"),
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(2)),
                    uri -> {
                        calls.add(uri.toString());
                        return (HttpURLConnection) URI.create(uri.toString()
                                        .replace(
                                                "https://data.example.org",
                                                "http://127.0.0.1:"
                                                        + server.getAddress().getPort()))
                                .toURL()
                                .openConnection();
                    });

            Path file = sources.download("https://data.example.org/oruk/moved");
            assertThat(Files.readString(file)).isEqualTo("[1,2]");
            Files.delete(file);
            assertThat(calls)
                    .containsExactly("https://data.example.org/oruk/moved", "https://data.example.org/oruk/feed.json");

            calls.clear();
            for (String away :
                    List.of("https://data.example.org/oruk/away", "https://data.example.org/oruk/internal")) {
                assertThatThrownBy(() -> sources.download(away))
                        .isInstanceOf(UserFacingException.class)
                        .hasMessageContaining("not on the list");
            }
            assertThat(calls).as("the redirect targets are never called").hasSize(2);

            assertThatThrownBy(() -> sources.download("https://data.example.org/oruk/big.json"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("The download is larger than the limit of 10 bytes.");
            assertThatThrownBy(() -> sources.download("https://data.example.org/oruk/missing.json"))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessage("The source answered HTTP 404.");
        } finally {
            server.stop(0);
        }
    }

    private static HttpHandler answer(int status, String location, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    @Test
    void a_download_is_refused_before_any_connection_when_the_url_is_not_allowed() {
        assertThatThrownBy(() -> sources(List.of("https://data.example.org/")).download("http://127.0.0.1/feed.json"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not on the list");
    }
}
