package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.OrganisationRepository;

@SpringBootTest
@ActiveProfiles("test")
class OpenReferralFeedImportTest {

    @Autowired
    OpenReferralFeedImport feedImport;

    @Autowired
    ListingRepository listings;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void cleanUp() {
        transactions.executeWithoutResult(
                status -> organisations.findBySlug("feed-test-organisation").ifPresent(o -> {
                    listings.deleteAll(listings.findByOrganisationOrderByNameAsc(o));
                    listings.flush();
                    organisations.delete(o);
                }));
    }

    private static InputStream sample() {
        return OpenReferralFeedImportTest.class.getResourceAsStream("/oruk/feed-sample.json");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_feed_creates_valid_records_and_reports_each_refused_one() {
        var result = feedImport.importFeed(sample(), "feed-sample.json");
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(result.errors())
                .extracting(OpenReferralFeedImport.RecordError::id)
                .containsExactly("feed-test-no-name", "feed-test-orphan", "feed-test-bad-status", "record 6");
        assertThat(result.errors().get(0).message()).isEqualTo("has no name");
        assertThat(result.errors().get(1).message()).contains("no-such-organisation");
        assertThat(result.errors().get(2).message()).contains("status must be");
        transactions.executeWithoutResult(status -> {
            var listing = listings.findBySlug("feed-test-listening-line").orElseThrow();
            assertThat(listing.getOrganisation().getSlug()).isEqualTo("feed-test-organisation");
            assertThat(listing.getSummary()).isEqualTo("A made-up service for the import test.");
            assertThat(listing.getMinAge()).isEqualTo(16);
            assertThat(listing.getPhone()).isEqualTo("0100 000 0000");
            assertThat(listing.getCategories()).extracting(c -> c.getSlug()).containsExactly("talk-now");
            assertThat(listing.getSessions()).hasSize(1);
            assertThat(listing.getSessions().get(0).getDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
            assertThat(listing.getSessions().get(0).getOpens()).isEqualTo(LocalTime.of(9, 0));
            var location = listing.getLocations().get(0);
            assertThat(location.getAddress()).isEqualTo("2 Sample Road, Testtown");
            assertThat(location.getPostcode()).isEqualTo("CV5 1AA");
            assertThat(location.getLatitude()).isEqualTo(52.3);
            assertThat(listing.getLastChecked())
                    .as("imported data counts as unchecked")
                    .isNull();
            assertThat(listings.findBySlug("feed-test-second").orElseThrow().getStatus())
                    .isEqualTo(ListingStatus.INACTIVE);
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void importing_again_matches_on_ids_and_updates_in_place() throws IOException {
        feedImport.importFeed(sample(), "first");
        Long id = listings.findBySlug("feed-test-listening-line").orElseThrow().getId();
        String changed = new String(sample().readAllBytes(), StandardCharsets.UTF_8)
                .replace("Feed Test Listening Line", "Feed Test Listening Line (renamed)");
        Path file = Files.createTempFile("oruk-feed", ".json");
        try {
            Files.writeString(file, changed);
            var result = feedImport.importFeed(file.toString());
            assertThat(result.created()).isZero();
            assertThat(result.updated()).isEqualTo(2);
        } finally {
            Files.deleteIfExists(file);
        }
        var listing = listings.findBySlug("feed-test-listening-line").orElseThrow();
        assertThat(listing.getId()).isEqualTo(id);
        assertThat(listing.getName()).isEqualTo("Feed Test Listening Line (renamed)");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_feed_that_is_not_json_or_has_no_services_is_refused_whole() {
        assertThatThrownBy(() -> feedImport.importFeed(stream("not json"), "x"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> feedImport.importFeed(stream("{\"version\":\"3.0\"}"), "x"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no list of services");
        assertThatThrownBy(() -> feedImport.importFeed("/no/such/file.json")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void anonymous_callers_cannot_import_a_feed() {
        assertThatThrownBy(() -> feedImport.importFeed(sample(), "x"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void partners_cannot_import_a_feed() {
        assertThatThrownBy(() -> feedImport.importFeed(sample(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedImport.importFeed("/tmp/x.json")).isInstanceOf(AccessDeniedException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
