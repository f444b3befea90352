package uk.nowrongdoor.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
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

    @Test
    void a_download_is_refused_before_any_connection_when_the_url_is_not_allowed() {
        assertThatThrownBy(() -> sources(List.of("https://data.example.org/")).download("http://127.0.0.1/feed.json"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not on the list");
    }
}
