package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.StableId;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.domain.RevisionKind;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.partner.service.PartnerViews;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

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

    @Autowired
    ListingRevisionRepository revisions;

    @Autowired
    ModerationService moderation;

    @AfterEach
    void cleanUp() {
        Staff.signOut();
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
        return feed(
                serviceName,
                "\"id\": \"" + FEED_LOCATION + "\", \"name\": \"UUID Hall\"",
                "3 Sample Road",
                "CV5 1AB",
                StableId.of(StableId.CATEGORY, "talk-now").toString());
    }

    /** The same service with its one location (its id and name as JSON members), address and term chosen. */
    private static String feed(
            String serviceName, String locationIdAndName, String street, String postcode, String term) {
        return """
                {"contents": [{
                  "id": "%s", "name": "%s", "status": "active", "organization_id": "%s",
                  "organization": {"id": "%s", "name": "Feed UUID Organisation", "description": "Made up."},
                  "attributes": [{"id": "%s", "taxonomy_term_id": "%s"}],
                  "service_at_locations": [{"id": "%s", "location": {%s,
                    "addresses": [{"id": "%s", "address_1": "%s", "city": "Testtown",
                      "state_province": "Testshire", "postal_code": "%s", "country": "GB",
                      "address_type": "physical"}]}}]
                }]}
                """
                .formatted(
                        FEED_SERVICE,
                        serviceName,
                        FEED_ORGANISATION,
                        FEED_ORGANISATION,
                        UUID.randomUUID(),
                        term,
                        UUID.randomUUID(),
                        locationIdAndName,
                        UUID.randomUUID(),
                        street,
                        postcode);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_new_service_in_a_feed_becomes_a_pending_new_listing_that_is_not_public() {
        var first = feedImport.importFeed(stream(uuidFeed("Feed UUID Line")), "uuid-feed");
        assertThat(first.errors()).isEmpty();
        assertThat(first.newListings()).isEqualTo(1);
        transactions.executeWithoutResult(status -> {
            var listing = listings.findByUuid(FEED_SERVICE).orElseThrow();
            assertThat(listing.getSlug()).isEqualTo("feed-uuid-line-5d0f5a3e");
            assertThat(listing.getStatus()).as("not public until approved").isEqualTo(ListingStatus.INACTIVE);
            assertThat(listing.getLastChecked())
                    .as("imported data counts as unchecked")
                    .isNull();
            assertThat(listing.getOrganisation().getUuid()).isEqualTo(FEED_ORGANISATION);
            assertThat(listing.getCategories()).extracting(c -> c.getSlug()).containsExactly("talk-now");
            assertThat(listing.getLocations()).extracting(l -> l.getUuid()).containsExactly(FEED_LOCATION);
            var revision = onlyPendingRevision(listing.getId());
            assertThat(revision.getKind()).isEqualTo(RevisionKind.NEW_LISTING);
            assertThat(revision.getImportedFrom()).isEqualTo("uuid-feed");
            assertThat(revision.getChanges())
                    .as("the moderator sees where and under what it would be listed")
                    .extracting(c -> c.getField(), c -> c.getNewValue())
                    .contains(
                            tuple(ListingField.LOCATIONS, LocationDraft.text(listing)),
                            tuple(ListingField.CATEGORIES, "talk-now"));
            assertThat(LocationDraft.text(listing)).contains(FEED_LOCATION.toString(), "3 Sample Road");
        });
    }

    @Test
    void a_moved_venue_becomes_a_pending_location_difference_and_approval_moves_it_keeping_it_sensitive() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long listingId = publishedFeedListing();
        var checked = LocalDate.of(2026, 10, 1);
        transactions.executeWithoutResult(status -> {
            var listing = listings.findById(listingId).orElseThrow();
            listing.setLastChecked(checked);
            listing.getLocations().get(0).setSensitive(true);
        });

        var result = feedImport.importFeed(
                stream(feed(
                        "Feed UUID Line",
                        "\"id\": \"" + FEED_LOCATION + "\", \"name\": \"UUID Hall\"",
                        "9 New Street",
                        "CV1 2AB",
                        StableId.of(StableId.CATEGORY, "talk-now").toString())),
                "uuid-feed");

        assertThat(result.errors()).isEmpty();
        assertThat(result.changes()).isEqualTo(1);
        Long revisionId = transactions.execute(status -> {
            var listing = listings.findById(listingId).orElseThrow();
            assertThat(listing.getLocations().get(0).getAddress())
                    .as("nothing applied yet")
                    .isEqualTo("3 Sample Road, Testtown");
            var revision = onlyPendingRevision(listingId);
            assertThat(revision.getChanges()).extracting(c -> c.getField()).containsExactly(ListingField.LOCATIONS);
            var proposed = LocationDraft.drafts(revision.getChanges().get(0).getNewValue());
            assertThat(proposed).singleElement().satisfies(d -> {
                assertThat(d.uuid()).isEqualTo(FEED_LOCATION);
                assertThat(d.address()).isEqualTo("9 New Street, Testtown");
                assertThat(d.postcode()).isEqualTo("CV1 2AB");
                assertThat(d.sensitive()).as("an import never clears the flag").isTrue();
            });
            return revision.getId();
        });
        var shown = moderation.pending().stream()
                .filter(p -> p.id().equals(revisionId))
                .findFirst()
                .orElseThrow();
        assertThat(shown.changes())
                .extracting(
                        PartnerViews.ChangeRow::field, PartnerViews.ChangeRow::before, PartnerViews.ChangeRow::after)
                .containsExactly(
                        tuple(
                                "Location UUID Hall (a place you can visit): Address",
                                "3 Sample Road, Testtown",
                                "9 New Street, Testtown"),
                        tuple("Location UUID Hall (a place you can visit): Postcode", "CV5 1AB", "CV1 2AB"));

        moderation.approve(revisionId);

        transactions.executeWithoutResult(status -> {
            var listing = listings.findById(listingId).orElseThrow();
            assertThat(listing.getLocations()).singleElement().satisfies(location -> {
                assertThat(location.getUuid()).isEqualTo(FEED_LOCATION);
                assertThat(location.getAddress()).isEqualTo("9 New Street, Testtown");
                assertThat(location.getPostcode()).isEqualTo("CV1 2AB");
                assertThat(location.isSensitive()).isTrue();
                assertThat(location.getType()).isEqualTo(LocationType.VENUE);
            });
            assertThat(listing.getLastChecked()).isEqualTo(checked);
        });
    }

    @Test
    void a_team_base_matched_by_name_stays_a_team_base_when_the_feed_moves_it() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long listingId = publishedFeedListing();
        transactions.executeWithoutResult(status ->
                listings.findById(listingId).orElseThrow().getLocations().get(0).setType(LocationType.TEAM_BASE));

        // an older feed with no location UUID: matched on the location's name
        var result = feedImport.importFeed(
                stream(feed(
                        "Feed UUID Line",
                        "\"id\": \"hall\", \"name\": \"UUID Hall\", \"location_type\": \"physical\"",
                        "9 New Street",
                        "CV1 2AB",
                        StableId.of(StableId.CATEGORY, "talk-now").toString())),
                "uuid-feed");

        assertThat(result.errors()).isEmpty();
        Long revisionId = transactions.execute(status -> {
            var revision = onlyPendingRevision(listingId);
            var proposed = LocationDraft.drafts(revision.getChanges().get(0).getNewValue());
            assertThat(proposed)
                    .extracting(LocationDraft::uuid, LocationDraft::type)
                    .containsExactly(tuple(FEED_LOCATION, LocationType.TEAM_BASE));
            return revision.getId();
        });
        moderation.approve(revisionId);
        transactions.executeWithoutResult(status -> {
            var location =
                    listings.findById(listingId).orElseThrow().getLocations().get(0);
            assertThat(location.getType()).isEqualTo(LocationType.TEAM_BASE);
            assertThat(location.getAddress()).isEqualTo("9 New Street, Testtown");
        });
    }

    @Test
    void a_category_change_is_proposed_and_applied_and_an_unknown_term_is_reported_not_created() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long listingId = publishedFeedListing();
        UUID unknown = UUID.fromString("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
        String twoTerms = StableId.of(StableId.CATEGORY, "safe-haven") + "\"}, {\"id\": \"" + UUID.randomUUID()
                + "\", \"taxonomy_term_id\": \"" + unknown;

        var result = feedImport.importFeed(
                stream(feed(
                        "Feed UUID Line",
                        "\"id\": \"" + FEED_LOCATION + "\", \"name\": \"UUID Hall\"",
                        "3 Sample Road",
                        "CV5 1AB",
                        twoTerms)),
                "uuid-feed");

        assertThat(result.errors()).isEmpty();
        assertThat(result.changes()).isEqualTo(1);
        assertThat(result.notes())
                .extracting(OpenReferralFeedImport.RecordError::message)
                .containsExactly("taxonomy term " + unknown + " is not a category here, so it was left out");
        Long revisionId = transactions.execute(status -> {
            var revision = onlyPendingRevision(listingId);
            assertThat(revision.getChanges())
                    .extracting(c -> c.getField(), c -> c.getPreviousValue(), c -> c.getNewValue())
                    .containsExactly(tuple(ListingField.CATEGORIES, "talk-now", "safe-haven"));
            return revision.getId();
        });
        assertThat(moderation.pending())
                .filteredOn(p -> p.id().equals(revisionId))
                .flatExtracting(PartnerViews.PendingRevision::changes)
                .extracting(PartnerViews.ChangeRow::field, PartnerViews.ChangeRow::after)
                .containsExactly(tuple("Categories", "Crisis cafés and safe havens"));

        moderation.approve(revisionId);

        transactions.executeWithoutResult(
                status -> assertThat(listings.findById(listingId).orElseThrow().getCategories())
                        .extracting(c -> c.getSlug())
                        .containsExactly("safe-haven"));
    }

    @Test
    void a_changed_listing_gets_a_pending_revision_and_approval_keeps_its_sensitive_flag_team_base_and_last_check() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long listingId = publishedFeedListing();
        var checked = LocalDate.of(2026, 10, 1);
        transactions.executeWithoutResult(status -> {
            var listing = listings.findById(listingId).orElseThrow();
            listing.setLastChecked(checked);
            listing.getLocations().get(0).setSensitive(true);
            listing.getLocations().get(0).setType(LocationType.TEAM_BASE);
        });

        var result = feedImport.importFeed(stream(uuidFeed("Feed UUID Line (renamed)")), "uuid-feed");

        assertThat(result.changes()).isEqualTo(1);
        assertThat(result.newListings()).isZero();
        Long revisionId = transactions.execute(status -> {
            var listing = listings.findById(listingId).orElseThrow();
            assertThat(listing.getName()).as("nothing applied yet").isEqualTo("Feed UUID Line");
            var revision = onlyPendingRevision(listingId);
            assertThat(revision.getChanges())
                    .extracting(c -> c.getField(), c -> c.getNewValue())
                    .containsExactly(
                            tuple(ListingField.SUMMARY, "Feed UUID Line (renamed)"),
                            tuple(ListingField.NAME, "Feed UUID Line (renamed)"));
            return revision.getId();
        });
        assertThat(moderation.pending())
                .filteredOn(p -> p.id().equals(revisionId))
                .extracting(PartnerViews.PendingRevision::importedFrom)
                .containsExactly("uuid-feed");

        moderation.approve(revisionId);

        transactions.executeWithoutResult(status -> {
            var listing = listings.findById(listingId).orElseThrow();
            assertThat(listing.getName()).isEqualTo("Feed UUID Line (renamed)");
            assertThat(listing.getSlug()).as("the site address stays").isEqualTo("feed-uuid-line-5d0f5a3e");
            assertThat(listing.getLastChecked()).isEqualTo(checked);
            var location = listing.getLocations().get(0);
            assertThat(location.isSensitive()).isTrue();
            assertThat(location.getType()).isEqualTo(LocationType.TEAM_BASE);
            assertThat(location.getUuid()).isEqualTo(FEED_LOCATION);
        });
    }

    @Test
    void an_unchanged_record_or_a_change_already_waiting_creates_no_revision() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long listingId = publishedFeedListing();

        transactions.executeWithoutResult(status -> {
            var location =
                    listings.findById(listingId).orElseThrow().getLocations().get(0);
            location.setSensitive(true);
            location.setType(LocationType.TEAM_BASE);
        });
        var same = feedImport.importFeed(stream(uuidFeed("Feed UUID Line")), "uuid-feed");
        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(same.changes()).isZero();
        assertThat(pendingCount(listingId)).isZero();
        var sameByName = feedImport.importFeed(
                stream(feed(
                        "Feed UUID Line",
                        "\"name\": \"UUID Hall\"",
                        "3 Sample Road",
                        "cv51ab",
                        StableId.of(StableId.CATEGORY, "talk-now").toString())),
                "uuid-feed");
        assertThat(sameByName.unchanged())
                .as("the same location, known by name")
                .isEqualTo(1);
        assertThat(pendingCount(listingId)).isZero();

        feedImport.importFeed(stream(uuidFeed("Feed UUID Line (renamed)")), "uuid-feed");
        var again = feedImport.importFeed(stream(uuidFeed("Feed UUID Line (renamed)")), "uuid-feed");
        assertThat(again.unchanged()).as("the same change is already waiting").isEqualTo(1);
        assertThat(pendingCount(listingId)).isEqualTo(1);
    }

    @Test
    void a_feed_that_no_longer_lists_a_service_as_active_asks_for_its_withdrawal() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long listingId = publishedFeedListing();

        var result = feedImport.importFeed(
                stream(uuidFeed("Feed UUID Line").replace("\"status\": \"active\"", "\"status\": \"defunct\"")),
                "uuid-feed");

        assertThat(result.changes()).isEqualTo(1);
        transactions.executeWithoutResult(status -> {
            assertThat(listings.findById(listingId).orElseThrow().getStatus()).isEqualTo(ListingStatus.ACTIVE);
            assertThat(onlyPendingRevision(listingId).getKind()).isEqualTo(RevisionKind.WITHDRAWAL);
        });
    }

    /** The feed's service with its hall and, new, an online location known only by its id (no name, no address). */
    private static String feedWithOnlineLocation(UUID onlineId) {
        return """
                {"contents": [{
                  "id": "%s", "name": "Feed UUID Line", "status": "active", "organization_id": "%s",
                  "attributes": [{"id": "%s", "taxonomy_term_id": "%s"}],
                  "service_at_locations": [
                    {"id": "%s", "location": {"id": "%s", "name": "UUID Hall",
                      "addresses": [{"id": "%s", "address_1": "3 Sample Road", "city": "Testtown",
                        "postal_code": "CV5 1AB", "country": "GB", "address_type": "physical"}]}},
                    {"id": "%s", "location": {"id": "%s", "location_type": "virtual"}}]
                }]}
                """
                .formatted(
                        FEED_SERVICE,
                        FEED_ORGANISATION,
                        UUID.randomUUID(),
                        StableId.of(StableId.CATEGORY, "talk-now"),
                        UUID.randomUUID(),
                        FEED_LOCATION,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        onlineId);
    }

    @Test
    void an_approved_new_feed_location_is_published_with_the_feeds_id_so_the_next_import_proposes_nothing() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        Long listingId = publishedFeedListing();
        UUID onlineId = UUID.fromString("3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a");

        var first = feedImport.importFeed(stream(feedWithOnlineLocation(onlineId)), "uuid-feed");

        assertThat(first.errors()).isEmpty();
        assertThat(first.changes()).isEqualTo(1);
        Long revisionId =
                transactions.execute(status -> onlyPendingRevision(listingId).getId());
        moderation.approve(revisionId);

        transactions.executeWithoutResult(status -> {
            var listing = listings.findById(listingId).orElseThrow();
            assertThat(listing.getLocations())
                    .extracting(l -> l.getUuid(), l -> l.getType())
                    .containsExactly(tuple(FEED_LOCATION, LocationType.VENUE), tuple(onlineId, LocationType.ONLINE));
            var published = OrukMapper.service(listing, true, "https://example.org");
            assertThat(published.serviceAtLocations())
                    .as("the API gives back the ids the feed gave")
                    .extracting(Oruk.ServiceAtLocation::locationId)
                    .containsExactly(FEED_LOCATION.toString(), onlineId.toString());
        });

        var second = feedImport.importFeed(stream(feedWithOnlineLocation(onlineId)), "uuid-feed");

        assertThat(second.errors()).isEmpty();
        assertThat(second.changes())
                .as("the online location is recognised by its id")
                .isZero();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(pendingCount(listingId)).isZero();
    }

    /** The feed's listing, imported and approved as an admin would. */
    private Long publishedFeedListing() {
        feedImport.importFeed(stream(uuidFeed("Feed UUID Line")), "uuid-feed");
        Long listingId = listings.findByUuid(FEED_SERVICE).orElseThrow().getId();
        Long newListing =
                transactions.execute(status -> onlyPendingRevision(listingId).getId());
        moderation.approve(newListing);
        assertThat(listings.findById(listingId).orElseThrow().getStatus()).isEqualTo(ListingStatus.ACTIVE);
        return listingId;
    }

    private ListingRevision onlyPendingRevision(Long listingId) {
        var pending = revisions.findHistory(listingId).stream()
                .filter(r -> r.getStatus() == RevisionStatus.PENDING)
                .toList();
        assertThat(pending).hasSize(1);
        return pending.get(0);
    }

    private long pendingCount(Long listingId) {
        return revisions.countByListingAndStatus(listingId, RevisionStatus.PENDING);
    }

    private static InputStream sample() {
        return OpenReferralFeedImportTest.class.getResourceAsStream("/oruk/feed-sample.json");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_feed_adds_valid_active_records_as_pending_and_reports_each_refused_one() {
        var progress = new ArrayList<Integer>();
        var result = feedImport.importFeed(sample(), "feed-sample.json", (read, applied) -> progress.add(read));
        assertThat(result.newListings()).isEqualTo(1);
        assertThat(result.changes()).isZero();
        assertThat(progress).as("progress after every record").containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(result.errors())
                .extracting(OpenReferralFeedImport.RecordError::id)
                .containsExactly(
                        "feed-test-second",
                        "feed-test-no-name",
                        "feed-test-orphan",
                        "feed-test-bad-status",
                        "record 6");
        assertThat(result.errors().get(0).message()).isEqualTo("is not active in the feed, so it is not added");
        assertThat(result.errors().get(1).message()).isEqualTo("has no name");
        assertThat(result.errors().get(2).message()).contains("no-such-organisation");
        assertThat(result.errors().get(3).message()).contains("status must be");
        transactions.executeWithoutResult(status -> {
            var listing = listings.findBySlug("feed-test-listening-line").orElseThrow();
            assertThat(listing.getStatus()).isEqualTo(ListingStatus.INACTIVE);
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
            assertThat(listing.getLastChecked()).isNull();
            assertThat(listings.findBySlug("feed-test-second")).isEmpty();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_feed_that_is_not_json_or_has_no_services_is_refused_whole() {
        assertThatThrownBy(() -> feedImport.importFeed(stream("not json"), "x"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> feedImport.importFeed(stream("{\"version\":\"3.0\"}"), "x"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no list of services");
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
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
