package uk.nowrongdoor.pages.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import uk.nowrongdoor.referral.service.ReferralProperties;

class PageServiceTest {

    static PageFacts facts(MockEnvironment environment, Period referralRetention) {
        return new PageFacts(
                environment, new ReferralProperties(1, Duration.ofHours(4), Duration.ofHours(24), referralRetention));
    }

    @Test
    void the_privacy_notice_warns_and_marks_each_gap_until_the_deployer_sets_the_controller_and_contact() {
        var page = new PageService("classpath:content/", facts(new MockEnvironment(), Period.ofYears(2)))
                .find("privacy")
                .orElseThrow();
        assertThat(page.missing())
                .containsExactly(
                        "the data controller (nwd.privacy.controller)",
                        "the data protection contact (nwd.privacy.contact)",
                        "the ICO registration number (nwd.privacy.ico-registration)");
        assertThat(page.html()).contains("[not set yet: the data controller (nwd.privacy.controller)]");
    }

    @Test
    void the_privacy_notice_names_the_configured_controller_and_the_retention_the_referral_job_applies() {
        var environment = new MockEnvironment()
                .withProperty("nwd.privacy.controller", "Example NHS Trust, 1 Example Road, Coventry")
                .withProperty("nwd.privacy.contact", "dpo@example.nhs.uk")
                .withProperty("nwd.privacy.ico-registration", "Z1234567");
        var page = new PageService("classpath:content/", facts(environment, Period.ofMonths(18)))
                .find("privacy")
                .orElseThrow();
        assertThat(page.missing()).isEmpty();
        assertThat(page.html())
                .contains("Example NHS Trust, 1 Example Road, Coventry")
                .contains("dpo@example.nhs.uk")
                .contains("Z1234567")
                .contains("kept for\n1 year and 6 months after they are closed")
                .contains("Article 9(2)(h)")
                .contains("0303 123 1113")
                .doesNotContain("{{");
    }

    @Test
    void a_configured_value_is_shown_as_text_never_as_markdown(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/test.md"), "# Test\n\nRun by {{controller}}.\n");
        var environment = new MockEnvironment().withProperty("nwd.privacy.controller", "[Trust](javascript:x) *A*");
        var page = new PageService(dir.toUri().toString(), facts(environment, Period.ofYears(2)))
                .find("test")
                .orElseThrow();
        assertThat(page.html()).contains("Run by [Trust](javascript:x) *A*.").doesNotContain("<a ");
    }

    @Test
    void every_shipped_page_renders_with_a_title() {
        var pages = new PageService("classpath:content/", facts(new MockEnvironment(), Period.ofYears(2)));
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
        var page = new PageService(dir.toUri().toString(), facts(new MockEnvironment(), Period.ofYears(2)))
                .find("test")
                .orElseThrow();
        assertThat(page.title()).isEqualTo("A test page");
        assertThat(page.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .doesNotContain("javascript:");
    }

    @Test
    void a_slug_cannot_climb_out_of_the_pages_folder() {
        assertThat(new PageService("classpath:content/", facts(new MockEnvironment(), Period.ofYears(2)))
                        .find("../README"))
                .isEmpty();
    }
}
