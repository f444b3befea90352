package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nowrongdoor.api.OpenReferralApiTest.assertPageValid;
import static uk.nowrongdoor.api.OpenReferralApiTest.organisation;
import static uk.nowrongdoor.api.OpenReferralApiTest.service;
import static uk.nowrongdoor.api.OpenReferralApiTest.serviceAt;
import static uk.nowrongdoor.api.OpenReferralApiTest.term;
import static uk.nowrongdoor.api.OrukSchemas.assertRecord;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.domain.StableId;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.testsupport.GeoFixture;

/**
 * What the UK profile adds to the feed: UUIDs for every record, the by-id endpoints it lists, and its parameters'
 * meanings. Each parameter case is one that the feed before issue 15 answered differently.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nwd.api.requests-per-minute=100000")
@ActiveProfiles("test")
class OpenReferralProfileTest {

    static final String ORGANISATION = "profile-test-organisation";
    static final String EVENING = "profile-test-evening"; // Monday 18:00 to 22:00, no ages given
    static final String DAYTIME = "profile-test-daytime"; // Monday 09:00 to 17:00, ages 18 to 25
    static final String OVERNIGHT = "profile-test-overnight"; // Friday 22:00 to 02:00, ages 0 to 15
    static final String WARWICK_AREA = "profile-test-warwick-area"; // serves Warwick; a venue with no point
    static final String COVENTRY_AREA = "profile-test-coventry-area"; // serves Coventry; a venue with no point

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    GeoFixture geo;

    @Autowired
    ListingRepository listings;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PlaceRepository places;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void createListings() {
        geo.createListingsAndImport();
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.save(new Organisation(ORGANISATION, "Profile Test Organisation"));
            save(listing(organisation, EVENING, DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(22, 0)));
            var daytime = listing(organisation, DAYTIME, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
            daytime.setAges(18, 25);
            save(daytime);
            var overnight = listing(organisation, OVERNIGHT, DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0));
            overnight.setAges(0, 15);
            save(overnight);
            save(areaListing(organisation, WARWICK_AREA, "warwick"));
            save(areaListing(organisation, COVENTRY_AREA, "coventry"));
        });
    }

    @AfterEach
    void cleanUp() {
        transactions.executeWithoutResult(
                status -> organisations.findBySlug(ORGANISATION).ifPresent(o -> {
                    listings.deleteAll(listings.findByOrganisationOrderByNameAsc(o));
                    listings.flush();
                    organisations.delete(o);
                }));
        geo.cleanUp();
    }

    private static Listing listing(
            Organisation organisation, String slug, DayOfWeek day, LocalTime opens, LocalTime closes) {
        var listing = new Listing(slug, organisation, slug, slug + " summary");
        listing.getSessions().add(new WeeklySession(Set.of(day), opens, closes));
        return listing;
    }

    private Listing areaListing(Organisation organisation, String slug, String place) {
        var listing = new Listing(slug, organisation, slug, slug + " summary");
        listing.getPlaces().add(places.findBySlug(place).orElseThrow());
        listing.addLocation().setName(slug + " venue"); // no postcode, no town: no point to measure from
        return listing;
    }

    private void save(Listing listing) {
        listing.setUpdatedAt(Instant.parse("2026-01-01T00:00:00Z"));
        listings.save(listing);
    }

    private HttpResponse<String> get(String pathAndQuery) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + OpenReferralApiTest.BASE
                                    + pathAndQuery.replace(" ", "%20")))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            OpenReferralApiTest.assertNoPrivateData(response.body());
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode page(String definition, String pathAndQuery) {
        var response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return assertPageValid(definition, response.body());
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("contents").spliterator(), false)
                .map(n -> n.get("id").asText())
                .toList();
    }

    /** Our test organisation's services for these parameters. */
    private List<String> ours(String parameters) {
        return ids(page(
                "service", "/services?per_page=200&organization_id=" + organisation(ORGANISATION) + "&" + parameters));
    }

    private void assertNotFoundAsJson(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(OrukSchemas.parse(response.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void a_taxonomy_by_id_is_the_profiles_taxonomy_and_an_unknown_one_is_a_json_404() {
        var taxonomy = assertRecord(
                OrukSchemas.TAXONOMY,
                "taxonomy",
                get("/taxonomies/" + Oruk.TAXONOMY_ID).body());
        assertThat(taxonomy.get("name").asText()).isEqualTo("No Wrong Door categories");
        assertThat(get("/taxonomies/" + Oruk.TAXONOMY_SLUG).body())
                .isEqualTo(get("/taxonomies/" + Oruk.TAXONOMY_ID).body());
        assertNotFoundAsJson("/taxonomies/" + UUID.randomUUID());
    }

    @Test
    void a_taxonomy_term_by_id_names_its_taxonomy_and_parent_by_uuid() {
        var term = assertRecord(
                OrukSchemas.TAXONOMY_TERM,
                "taxonomy_term",
                get("/taxonomy_terms/" + term("safe-haven")).body());
        assertThat(term.get("id").asText()).isEqualTo(term("safe-haven"));
        assertThat(term.get("parent_id").asText()).isEqualTo(term("crisis"));
        assertThat(term.get("taxonomy_id").asText()).isEqualTo(Oruk.TAXONOMY_ID.toString());
        assertThat(term.get("taxonomy").asText()).isEqualTo("No Wrong Door categories");
        assertThat(get("/taxonomy_terms/safe-haven").body())
                .as("the old slug still finds it")
                .isEqualTo(get("/taxonomy_terms/" + term("safe-haven")).body());
        assertNotFoundAsJson("/taxonomy_terms/" + UUID.randomUUID());
        assertNotFoundAsJson("/taxonomy_terms/no-such-term");
    }

    @Test
    void a_service_at_location_by_id_is_fully_nested_and_found_by_the_id_the_lists_give() {
        String id = serviceAt(GeoFixture.NEAR, 1);
        assertThat(ids(page("service_at_location", "/service_at_locations?per_page=200")))
                .contains(id);
        var at = assertRecord(
                OrukSchemas.SERVICE_AT_LOCATION,
                "service_at_location",
                get("/service_at_locations/" + id).body());
        assertThat(at.get("id").asText()).isEqualTo(id);
        assertThat(at.get("service_id").asText()).isEqualTo(service(GeoFixture.NEAR));
        assertThat(at.get("location").get("id").asText())
                .isEqualTo(at.get("location_id").asText());
        assertThat(at.get("service").get("id").asText()).isEqualTo(service(GeoFixture.NEAR));
        assertThat(at.get("service").get("organization").get("id").asText())
                .isEqualTo(organisation(GeoFixture.ORGANISATION));
        assertThat(get("/service_at_locations/" + GeoFixture.NEAR + "-at-1").body())
                .as("the old id still finds it")
                .isEqualTo(get("/service_at_locations/" + id).body());
        assertNotFoundAsJson("/service_at_locations/" + UUID.randomUUID());
        assertNotFoundAsJson("/service_at_locations/" + GeoFixture.NEAR + "-at-9");
        assertNotFoundAsJson("/services/" + UUID.randomUUID());
        assertNotFoundAsJson("/organizations/" + UUID.randomUUID());
    }

    @Test
    void taxonomy_id_selects_services_with_any_term_from_that_taxonomy() {
        // before, taxonomy_id was read as a term id, so the taxonomy's own id found nothing
        var all = page("service", "/services?per_page=200");
        long withTerms = StreamSupport.stream(all.get("contents").spliterator(), false)
                .filter(s -> s.has("attributes"))
                .count();
        var inTaxonomy = page("service", "/services?per_page=200&taxonomy_id=" + Oruk.TAXONOMY_ID);
        assertThat(inTaxonomy.get("total_items").asLong()).isPositive().isEqualTo(withTerms);
        assertThat(ids(inTaxonomy)).doesNotContain(service(EVENING)); // no categories
        assertThat(page("service", "/services?taxonomy_id=" + UUID.randomUUID())
                        .get("total_items")
                        .asInt())
                .isZero();
        assertThat(page("service_at_location", "/service_at_locations?taxonomy_id=" + UUID.randomUUID())
                        .get("total_items")
                        .asInt())
                .isZero();
    }

    @Test
    void start_time_and_end_time_keep_services_with_a_schedule_inside_the_window() {
        // before, both were ignored and every one of our five services came back
        assertThat(ours("start_time=17:30&end_time=23:00")).containsExactly(service(EVENING));
        assertThat(ours("start_time=08:00&end_time=17:00")).containsExactly(service(DAYTIME));
        assertThat(ours("start_time=21:00")).containsExactly(service(OVERNIGHT));
        assertThat(ours("start_time=21:00&end_time=23:59"))
                .as("a session that closes after midnight ends on the next day")
                .isEmpty();
        assertThat(ours("day=MO&start_time=17:00")).containsExactly(service(EVENING));
        assertThat(ours("end_time=17:00:00")).containsExactly(service(DAYTIME));
        assertThat(ids(page(
                        "service_at_location",
                        "/service_at_locations?per_page=200&start_time=17:30&end_time=23:00&organization_id="
                                + organisation(ORGANISATION))))
                .isEmpty(); // the evening service has no location
        assertThat(get("/services?start_time=teatime").statusCode()).isEqualTo(400);
    }

    @Test
    void minimum_and_maximum_age_compare_with_the_services_own_limits() {
        // before, any overlapping range matched: minimum_age=16 found the evening service (no limits) and 18 to 25
        assertThat(ours("minimum_age=16")).containsExactly(service(DAYTIME));
        assertThat(ours("maximum_age=25")).containsExactlyInAnyOrder(service(DAYTIME), service(OVERNIGHT));
        assertThat(ours("minimum_age=0&maximum_age=15")).containsExactly(service(OVERNIGHT));
    }

    @Test
    void postcode_without_proximity_keeps_services_whose_area_covers_it() {
        // CV34 is Warwick's district: the Coventry-only service is left out, services naming no area stay
        var nearWarwick = ours("postcode=CV34 4AB");
        assertThat(nearWarwick)
                .contains(service(WARWICK_AREA), service(EVENING))
                .doesNotContain(service(COVENTRY_AREA));
        assertThat(ours("postcode=CV1")).contains(service(COVENTRY_AREA)).doesNotContain(service(WARWICK_AREA));
        // before, a venue with no point was dropped whenever a postcode was given
        var at = ids(page(
                "service_at_location",
                "/service_at_locations?per_page=200&postcode=CV34&organization_id=" + organisation(ORGANISATION)));
        assertThat(at).containsExactly(serviceAt(WARWICK_AREA, 1));
        assertThat(ours("postcode=CV34&proximity=5000"))
                .as("with proximity, only what is near enough to measure")
                .isEmpty();
    }

    @Test
    void published_ids_are_the_stored_uuids_and_what_a_fresh_load_of_the_same_content_gives() {
        Map<String, String> stored = new HashMap<>();
        jdbc.query("select slug, uuid from listing where status = 'ACTIVE'", (java.sql.ResultSet r) -> {
            stored.put(r.getString(1), r.getString(2));
        });
        stored.forEach((slug, uuid) -> assertThat(uuid).as(slug).isEqualTo(service(slug)));
        var services = page("service", "/services?per_page=200");
        assertThat(services.get("total_items").asInt()).isGreaterThan(50);
        assertThat(ids(services)).containsExactlyInAnyOrderElementsOf(stored.values());
        assertThat(stored).containsEntry("samaritans-helpline", service("samaritans-helpline"));
        // a seeded listing's locations: the n-th has the listing's n-th location id, as on a fresh load
        String listing = "cwpt-cyp-acute-liaison";
        var ats = ids(page("service_at_location", "/service_at_locations?per_page=200"));
        assertThat(ats).contains(serviceAt(listing, 1), serviceAt(listing, 2), serviceAt(listing, 3));
        var again = ids(page("service_at_location", "/service_at_locations?per_page=200"));
        assertThat(again).isEqualTo(ats);
        Integer missing = jdbc.queryForObject(
                "select (select count(*) from listing where uuid is null) + (select count(*) from location where uuid"
                        + " is null) + (select count(*) from category where uuid is null)"
                        + " + (select count(*) from organisation where uuid is null)",
                Integer.class);
        assertThat(missing).isZero();
        assertThat(StableId.of(StableId.CATEGORY, "crisis").toString()).isEqualTo(term("crisis"));
    }
}
