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
import java.util.UUID;
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
import uk.nowrongdoor.directory.domain.StableId;

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

    static final UUID FEED_ORGANISATION = UUID.fromString("0b7c1f4e-3d2a-4c5b-9e8f-1a2b3c4d5e6f");
    static final UUID FEED_SERVICE = UUID.fromString("5d0f5a3e-8b1c-4f2a-9c3d-7e6f5a4b3c2d");
    static final UUID FEED_LOCATION = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    @AfterEach
    void cleanUp() {
        transactions.executeWithoutResult(status -> {
            organisations.findBySlug("feed-test-organisation").ifPresent(this::delete);
            organisations.findByUuid(FEED_ORGANISATION).ifPresent(this::delete);
        });
    }

    private void delete(uk.nowrongdoor.directory.domain.Organisation o) {
        listings.deleteAll(listings.findByOrganisationOrderByNameAsc(o));
        listings.flush();
        organisations.delete(o);
    }

    /** A feed as another council's ORUK 3.0 API gives it: every id a UUID, the term one of ours by its UUID. */
    private static String uuidFeed(String serviceName) {
        return """
                {"contents": [{
                  "id": "%s", "name": "%s", "status": "active", "organization_id": "%s",
                  "organization": {"id": "%s", "name": "Feed UUID Organisation", "description": "Made up."},
                  "attributes": [{"id": "%s", "taxonomy_term_id": "%s"}],
                  "service_at_locations": [{"id": "%s", "location": {"id": "%s", "name": "UUID Hall",
                    "addresses": [{"id": "%s", "address_1": "3 Sample Road", "city": "Testtown",
                      "state_province": "Testshire", "postal_code": "CV5 1AB", "country": "GB",
                      "address_type": "physical"}]}}]
                }]}
                """
                .formatted(
                        FEED_SERVICE,
                        serviceName,
                        FEED_ORGANISATION,
                        FEED_ORGANISATION,
                        UUID.randomUUID(),
                        StableId.of(StableId.CATEGORY, "talk-now"),
                        UUID.randomUUID(),
                        FEED_LOCATION,
                        UUID.randomUUID());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_feed_keyed_on_uuids_keeps_them_and_importing_again_updates_the_same_records() {
        var first = feedImport.importFeed(stream(uuidFeed("Feed UUID Line")), "uuid-feed");
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(1);
        Long listingRow = transactions.execute(status -> {
            var listing = listings.findByUuid(FEED_SERVICE).orElseThrow();
            assertThat(listing.getSlug()).isEqualTo("feed-uuid-line-5d0f5a3e");
            assertThat(listing.getOrganisation().getUuid()).isEqualTo(FEED_ORGANISATION);
            assertThat(listing.getCategories()).extracting(c -> c.getSlug()).containsExactly("talk-now");
            assertThat(listing.getLocations()).extracting(l -> l.getUuid()).containsExactly(FEED_LOCATION);
            return listing.getLocations().get(0).getId();
        });
        var again = feedImport.importFeed(stream(uuidFeed("Feed UUID Line (renamed)")), "uuid-feed");
        assertThat(again.errors()).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        transactions.executeWithoutResult(status -> {
            var listing = listings.findByUuid(FEED_SERVICE).orElseThrow();
            assertThat(listing.getName()).isEqualTo("Feed UUID Line (renamed)");
            assertThat(listing.getSlug()).as("the site address stays").isEqualTo("feed-uuid-line-5d0f5a3e");
            assertThat(listing.getLocations()).extracting(l -> l.getUuid()).containsExactly(FEED_LOCATION);
            assertThat(listing.getLocations().get(0).getId())
                    .as("the same location row, updated in place")
                    .isEqualTo(listingRow);
        });
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
