package uk.nowrongdoor.pages.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageServiceTest {

    @Test
    void every_shipped_page_renders_with_a_title() {
        var pages = new PageService("classpath:content/");
        for (String slug : new String[] {"about", "privacy", "accessibility", "staying-safe-online"}) {
            var page = pages.find(slug);
            assertThat(page).as(slug).isPresent();
            assertThat(page.get().title()).isNotBlank();
            assertThat(page.get().html()).contains("<p>");
        }
    }

    @Test
    void raw_html_and_script_links_in_markdown_are_escaped_not_run(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(
                dir.resolve("pages/test.md"),
                """
                # A test page

                <script>alert(1)</script>

                [click me](javascript:alert(1))
                """);
        var page = new PageService(dir.toUri().toString()).find("test").orElseThrow();
        assertThat(page.title()).isEqualTo("A test page");
        assertThat(page.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .doesNotContain("javascript:");
    }

    @Test
    void a_slug_cannot_climb_out_of_the_pages_folder() {
        assertThat(new PageService("classpath:content/").find("../README")).isEmpty();
    }
}
