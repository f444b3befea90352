package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nowrongdoor.api.OrukSchemas.assertRecord;
import static uk.nowrongdoor.api.OrukSchemas.assertValid;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.StableId;
import uk.nowrongdoor.directory.service.ListingHistory;
import uk.nowrongdoor.testsupport.GeoFixture;

/**
 * Contract tests: every answer is checked against the UK profile's own schemas and our stricter one, with format
 * assertions on (src/test/resources/oruk/README.md).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nwd.api.requests-per-minute=100000")
@ActiveProfiles("test")
class OpenReferralApiTest {

    static final String BASE = "/api/openreferral";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    GeoFixture fixture;

    /** Every response body seen in a test, to check for private fields afterwards. */
    private final List<String> bodies = new ArrayList<>();

    @BeforeEach
    void createListings() {
        fixture.createListingsAndImport();
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
        for (String body : bodies) {
            assertNoPrivateData(body);
        }
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + BASE + pathAndQuery.replace(" ", "%20"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            bodies.add(response.body());
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode page(String definition, String pathAndQuery) {
        var response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(response.body()).as("paging metadata comes first").startsWith("{\"total_items\":");
        return assertPageValid(definition, response.body());
    }

    /** A page: our envelope and items, and each item against the profile's schemas for that list. */
    static JsonNode assertPageValid(String definition, String body) {
        var page = assertValid(definition + "_page", body);
        for (JsonNode item : page.get("contents")) {
            for (String file : PROFILE_ITEMS.get(definition)) {
                OrukSchemas.assertProfile(file, item);
            }
        }
        return page;
    }

    /** The profile's schemas for a list's items: the list schema its OpenAPI names, and the full record's. */
    static final java.util.Map<String, List<String>> PROFILE_ITEMS = java.util.Map.of(
            "service", List.of(OrukSchemas.SERVICE_LIST_ITEM, OrukSchemas.SERVICE),
            "organization", List.of(OrukSchemas.ORGANIZATION),
            "taxonomy", List.of(OrukSchemas.TAXONOMY),
            "taxonomy_term", List.of(OrukSchemas.TAXONOMY_TERM),
            "service_at_location", List.of(OrukSchemas.SERVICE_AT_LOCATION_LIST_ITEM, OrukSchemas.SERVICE_AT_LOCATION));

    static String service(String slug) {
        return StableId.of(StableId.LISTING, slug).toString();
    }

    static String organisation(String slug) {
        return StableId.of(StableId.ORGANISATION, slug).toString();
    }

    static String term(String slug) {
        return StableId.of(StableId.CATEGORY, slug).toString();
    }

    /** The id of a listing's n-th location's service at location, for a listing created with its locations. */
    static String serviceAt(String slug, int n) {
        return StableId.derived(StableId.location(StableId.of(StableId.LISTING, slug), n), "service-at-location")
                .toString();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("contents").spliterator(), false)
                .map(n -> n.get("id").asText())
                .toList();
    }

    private static List<JsonNode> contents(JsonNode page) {
        return StreamSupport.stream(page.get("contents").spliterator(), false).toList();
    }

    /** Field names that would mean private data had reached the open feed. */
    static final java.util.Set<String> PRIVATE_FIELDS = java.util.Set.of(
            "source",
            "notes",
            "internal_notes",
            "referrals",
            "referral",
            "feedback",
            "complaints",
            "staff_email",
            "created_by",
            "password",
            "sensitive",
            "geocoded",
            "point_source",
            "pointSource");

    static void assertNoPrivateData(String body) {
        assertThat(body)
                .doesNotContain("[000:") // the seed files' source notes
                .doesNotContain("1 Test Street") // the sensitive fixture's street
                .doesNotContain("CV5 1AC"); // and its full postcode
        try {
            var names = new java.util.HashSet<String>();
            collectFieldNames(OrukSchemas.JSON.readTree(body), names);
            assertThat(names).doesNotContainAnyElementsOf(PRIVATE_FIELDS);
        } catch (IOException e) {
            // not JSON (the OpenAPI document is, but a 405 body may be short): the text checks above still hold
        }
    }

    private static void collectFieldNames(JsonNode node, java.util.Set<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                names.add(e.getKey());
                collectFieldNames(e.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectFieldNames(child, names));
        }
    }

    @Test
    void the_root_gives_version_profile_and_the_openapi_document() throws IOException {
        var response = get("/");
        var details = assertValid("api_details", response.body());
        assertThat(details.get("version").asText()).isEqualTo("3.0");
        String openapiUrl = details.get("openapi_url").asText();
        assertThat(openapiUrl).isEqualTo("http://localhost:" + port + BASE + "/openapi.json");
        var openapi = send(HttpRequest.newBuilder(URI.create(openapiUrl)).GET().build());
        assertThat(openapi.statusCode()).isEqualTo(200);
        var doc = OrukSchemas.JSON.readTree(openapi.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/service_at_locations")).isTrue();
        assertThat(get("").statusCode()).isEqualTo(200);
    }

    @Test
    void every_list_endpoint_answers_a_valid_page() {
        assertThat(page("service", "/services?per_page=200").get("total_items").asInt())
                .isGreaterThan(10);
        assertThat(ids(page("organization", "/organizations?per_page=200")))
                .contains(organisation(GeoFixture.ORGANISATION));
        assertThat(ids(page("taxonomy", "/taxonomies"))).containsExactly(Oruk.TAXONOMY_ID.toString());
        assertThat(ids(page("taxonomy_term", "/taxonomy_terms?per_page=200")))
                .contains(term("crisis"), term("safe-haven"), term("carers"));
        assertThat(ids(page("service_at_location", "/service_at_locations?per_page=200")))
                .contains(serviceAt(GeoFixture.NEAR, 1));
    }

    @Test
    void services_paginate_with_page_and_per_page() {
        int total = page("service", "/services").get("total_items").asInt();
        var second = page("service", "/services?page=2&per_page=5");
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(5);
        assertThat(second.get("total_pages").asInt()).isEqualTo((total + 4) / 5);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("last_page").asBoolean()).isFalse();
        var first = ids(page("service", "/services?page=1&per_page=5"));
        assertThat(ids(second)).doesNotContainAnyElementsOf(first);
        var beyond = page("service", "/services?page=999&per_page=5");
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("last_page").asBoolean()).isTrue();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    ListingRepository listings;

    @Autowired
    ListingHistory history;

    @Test
    void a_published_change_appears_in_the_services_metadata_naming_the_organisation_not_a_person() {
        transactions.executeWithoutResult(status -> {
            var listing = listings.findBySlug(GeoFixture.NEAR).orElseThrow();
            listing.setSummary("Drop-in support on weekday evenings");
            history.actedFor("Geo Test Organisation");
        });

        var service = assertRecord(
                OrukSchemas.SERVICE,
                "service",
                get("/services/" + service(GeoFixture.NEAR)).body());
        var log = StreamSupport.stream(service.get("metadata").spliterator(), false)
                .toList();
        assertThat(log).first().satisfies(m -> {
            assertThat(m.get("last_action_type").asText()).isEqualTo("create");
            assertThat(m.get("updated_by").asText())
                    .as("the partnership's own content")
                    .isEqualTo("No Wrong Door");
        });
        assertThat(log).last().satisfies(m -> {
            assertThat(m.get("resource_id").asText()).isEqualTo(service(GeoFixture.NEAR));
            assertThat(m.get("resource_type").asText()).isEqualTo("service");
            assertThat(m.get("last_action_type").asText()).isEqualTo("update");
            assertThat(m.get("field_name").asText()).isEqualTo("summary");
            assertThat(m.get("replacement_value").asText()).isEqualTo("Drop-in support on weekday evenings");
            assertThat(m.get("previous_value").asText())
                    .isNotBlank()
                    .isNotEqualTo(m.get("replacement_value").asText());
            assertThat(m.get("updated_by").asText()).isEqualTo("Geo Test Organisation");
            assertThat(m.get("last_action_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
        assertThat(log).allSatisfy(m -> assertThat(m.get("updated_by").asText()).doesNotContain("@"));
        assertThat(OrukSchemas.parse(get("/services?per_page=50").body()).toString())
                .as("lists stay lean: the change log is on the service's own record")
                .doesNotContain("\"metadata\"");
    }

    @Test
    void a_location_change_is_in_the_metadata_but_a_sensitive_venues_address_never_is() {
        transactions.executeWithoutResult(status -> {
            var near = listings.findBySlug(GeoFixture.NEAR).orElseThrow();
            near.getLocations().get(0).setPostcode("CV5 1AB");
            var hidden = listings.findBySlug(GeoFixture.HIDDEN).orElseThrow();
            var refuge = hidden.getLocations().get(0);
            refuge.setAddress("2 Secret Road, Testtown");
            refuge.setPostcode("CV5 1AD");
            refuge.setHowToFind("Blue door behind the chemist");
            history.actedFor("Geo Test Organisation");
        });

        var near = assertRecord(
                OrukSchemas.SERVICE,
                "service",
                get("/services/" + service(GeoFixture.NEAR)).body());
        var nearLog =
                StreamSupport.stream(near.get("metadata").spliterator(), false).toList();
        assertThat(nearLog).last().satisfies(m -> {
            assertThat(m.get("resource_type").asText()).isEqualTo("location");
            assertThat(m.get("resource_id").asText())
                    .isEqualTo(near.get("service_at_locations")
                            .get(0)
                            .get("location")
                            .get("id")
                            .asText());
            assertThat(m.get("field_name").asText()).isEqualTo("location_postcode");
            assertThat(m.get("previous_value").asText()).isEqualTo("CV5 1AA");
            assertThat(m.get("replacement_value").asText()).isEqualTo("CV5 1AB");
            assertThat(m.get("updated_by").asText()).isEqualTo("Geo Test Organisation");
        });

        String body = get("/services/" + service(GeoFixture.HIDDEN)).body();
        var hidden = assertRecord(OrukSchemas.SERVICE, "service", body);
        assertThat(hidden.get("metadata")).isNotEmpty();
        assertThat(body)
                .doesNotContain("Secret Road", "1 Test Street", "Blue door", "Hidden Refuge venue")
                .doesNotContain("CV5 1AC", "CV5 1AD");
    }

    @Test
    void a_service_by_id_is_fully_nested_and_an_unknown_id_is_404() {
        var response = get("/services/" + service(GeoFixture.NEAR));
        var service = assertRecord(OrukSchemas.SERVICE, "service", response.body());
        assertThat(service.get("status").asText()).isEqualTo("active");
        assertThat(service.get("organization").get("id").asText()).isEqualTo(organisation(GeoFixture.ORGANISATION));
        var location = service.get("service_at_locations").get(0).get("location");
        assertThat(location.get("latitude").asDouble()).isEqualTo(52.0);
        assertThat(location.get("longitude").asDouble()).isEqualTo(-1.0);
        var nowhere = get("/no-such-endpoint");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).contains("openapi.json");
        var missing = get("/services/no-such-service");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(OrukSchemas.parse(missing.body()).get("error").asText()).isNotBlank();
        assertThat(get("/services/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_location_known_only_by_its_town_publishes_no_point_but_is_found_near_it() {
        // content/ places Rise's Dormer Place centre only in Leamington Spa: its point is the CV32 centroid, not the
        // venue's
        String id = "rise-community-partnership-leamington";
        var location = assertRecord(
                        OrukSchemas.SERVICE,
                        "service",
                        get("/services/" + service(id)).body())
                .get("service_at_locations")
                .get(0)
                .get("location");
        assertThat(location.get("name").asText()).isEqualTo("Dormer Place Community Centre");
        assertThat(location.has("latitude")).isFalse();
        assertThat(location.has("longitude")).isFalse();
        var near = page("service_at_location", "/service_at_locations?postcode=CV32&proximity=2000&per_page=100");
        assertThat(ids(near)).contains(serviceAt(id, 1));
    }

    @Test
    void a_team_base_is_published_as_one_and_never_found_near_a_postcode() {
        // content/ types the NHS community team's Tile Hill Health Centre as a team base, not a place to go
        String id = "cwpt-community-mh-team-coventry";
        var location = assertRecord(
                        OrukSchemas.SERVICE,
                        "service",
                        get("/services/" + service(id)).body())
                .get("service_at_locations")
                .get(0)
                .get("location");
        assertThat(location.get("name").asText()).isEqualTo("Tile Hill Health Centre");
        assertThat(location.get("description").asText()).isEqualTo("Team base, not open to the public.");
        var near = page("service_at_location", "/service_at_locations?postcode=CV4&proximity=2000&per_page=100");
        assertThat(ids(near)).doesNotContain(serviceAt(id, 1));
    }

    @Test
    void a_seeded_service_with_schedules_and_categories_is_valid() {
        var services = contents(page("service", "/services?per_page=200"));
        var withSchedules = services.stream().filter(s -> s.has("schedules")).toList();
        assertThat(withSchedules).isNotEmpty();
        for (JsonNode s : withSchedules) {
            assertRecord(
                    OrukSchemas.SERVICE,
                    "service",
                    get("/services/" + s.get("id").asText()).body());
        }
    }

    @Test
    void empty_optional_fields_are_left_out() {
        var body = get("/services/" + service(GeoFixture.NEAR)).body();
        var service = assertRecord(OrukSchemas.SERVICE, "service", body);
        // the change log's fields are all required by ORUK: a value that was not there is an empty string
        var withoutLog = ((com.fasterxml.jackson.databind.node.ObjectNode) service.deepCopy()).without("metadata");
        assertThat(withoutLog.toString())
                .doesNotContain("null")
                .doesNotContain("[]")
                .doesNotContain("\"\"");
        assertThat(service.has("email")).isFalse();
        assertThat(service.has("phones")).isFalse();
        assertThat(service.has("minimum_age")).isFalse();
    }

    @Test
    void an_organization_by_id_lists_its_services() {
        var response = get("/organizations/" + organisation(GeoFixture.ORGANISATION));
        var organization = assertRecord(OrukSchemas.ORGANIZATION, "organization", response.body());
        assertThat(ids(organization.get("services").isArray() ? wrap(organization.get("services")) : null))
                .containsExactly(service(GeoFixture.FAR), service(GeoFixture.HIDDEN), service(GeoFixture.NEAR));
        assertThat(get("/organizations/nobody").statusCode()).isEqualTo(404);
        assertThat(ids(page("organization", "/organizations?search=geo test")))
                .containsExactly(organisation(GeoFixture.ORGANISATION));
    }

    private static JsonNode wrap(JsonNode array) {
        var node = OrukSchemas.JSON.createObjectNode();
        node.set("contents", array);
        return node;
    }

    @Test
    void search_and_its_v1_alias_text_find_the_same_services() {
        var search = ids(page("service", "/services?search=samaritans"));
        assertThat(search).isNotEmpty();
        assertThat(search.get(0)).isEqualTo(service("samaritans-helpline"));
        assertThat(ids(page("service", "/services?text=samaritans"))).isEqualTo(search);
    }

    @Test
    void taxonomy_term_id_filters_by_category_and_its_children_by_uuid_or_old_slug() {
        var crisis = page("service", "/services?per_page=200&taxonomy_term_id=" + term("crisis"));
        var bySlug = page("service", "/services?per_page=200&taxonomy_term_id=crisis");
        int all = page("service", "/services").get("total_items").asInt();
        assertThat(ids(bySlug)).isEqualTo(ids(crisis));
        assertThat(crisis.get("total_items").asInt()).isPositive().isLessThan(all);
        assertThat(page("service", "/services?taxonomy_term_id=" + java.util.UUID.randomUUID())
                        .get("total_items")
                        .asInt())
                .isZero();
        var crisisFamily = List.of(term("crisis"), term("safe-haven"), term("talk-now"), term("crisis-team"));
        for (JsonNode s : contents(crisis)) {
            var terms = StreamSupport.stream(s.get("attributes").spliterator(), false)
                    .map(a -> a.get("taxonomy_term_id").asText())
                    .toList();
            assertThat(terms).containsAnyElementsOf(crisisFamily);
        }
    }

    @Test
    void organization_id_and_search_combine_with_and() {
        String org = organisation(GeoFixture.ORGANISATION);
        assertThat(ids(page("service", "/services?organization_id=" + org)))
                .containsExactlyInAnyOrder(
                        service(GeoFixture.NEAR), service(GeoFixture.HIDDEN), service(GeoFixture.FAR));
        assertThat(ids(page("service", "/services?organization_id=" + org + "&search=refuge")))
                .containsExactly(service(GeoFixture.HIDDEN));
        assertThat(ids(page("service", "/services?organization_id=" + org + "&search=samaritans")))
                .isEmpty();
        assertThat(ids(page("service", "/services?organization_id=" + GeoFixture.ORGANISATION)))
                .as("the old slug still works")
                .hasSize(3);
    }

    @Test
    void modified_after_keeps_services_changed_since() {
        // the fixture's listings were last changed on 1 January 2026
        var since = ids(page("service", "/services?per_page=200&modified_after=2025-12-31T00:00:00Z"));
        assertThat(since).contains(service(GeoFixture.NEAR));
        var later = ids(page("service", "/services?per_page=200&modified_after=2026-01-02"));
        assertThat(later).doesNotContain(service(GeoFixture.NEAR));
        assertThat(get("/services?modified_after=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void minimum_and_maximum_age_mean_what_the_profile_says() {
        // the profile: "a minimum age of at least" and "a maximum age equal to or below" the value
        // before, an overlapping range was enough, so services with no minimum age came back too
        var fromTen = contents(page("service", "/services?per_page=200&minimum_age=10"));
        assertThat(fromTen).isNotEmpty();
        for (JsonNode s : fromTen) {
            assertThat(s.has("minimum_age")).as(s.get("name").asText()).isTrue();
            assertThat(s.get("minimum_age").asInt()).isGreaterThanOrEqualTo(10);
        }
        var upToTwentyFive = contents(page("service", "/services?per_page=200&maximum_age=25"));
        assertThat(upToTwentyFive).isNotEmpty();
        for (JsonNode s : upToTwentyFive) {
            assertThat(s.has("maximum_age")).as(s.get("name").asText()).isTrue();
            assertThat(s.get("maximum_age").asInt()).isLessThanOrEqualTo(25);
        }
        assertThat(get("/services?minimum_age=old").statusCode()).isEqualTo(400);
    }

    @Test
    void day_keeps_services_with_a_session_starting_that_day() {
        var sunday = contents(page("service", "/services?per_page=200&day=SU"));
        assertThat(sunday).isNotEmpty();
        for (JsonNode s : sunday) {
            var days = StreamSupport.stream(s.get("schedules").spliterator(), false)
                    .map(x -> x.get("byday").asText())
                    .toList();
            assertThat(String.join(",", days)).contains("SU");
        }
        assertThat(ids(page("service", "/services?per_page=200&day=sunday")))
                .isEqualTo(ids(page("service", "/services?per_page=200&day=SU")));
        assertThat(get("/services?day=someday").statusCode()).isEqualTo(400);
    }

    @Test
    void service_at_locations_with_postcode_and_proximity_come_nearest_first() {
        assertThat(ids(page("service_at_location", "/service_at_locations?postcode=CV5 1AA&proximity=2000")))
                .containsExactly(serviceAt(GeoFixture.NEAR, 1), serviceAt(GeoFixture.HIDDEN, 1));
        assertThat(ids(page("service_at_location", "/service_at_locations?postcode=cv10&proximity=1000")))
                .containsExactly(serviceAt(GeoFixture.FAR, 1));
        assertThat(ids(page("service_at_location", "/service_at_locations?postcode=CV10 1AA")))
                .startsWith(
                        serviceAt(GeoFixture.FAR, 1), serviceAt(GeoFixture.HIDDEN, 1), serviceAt(GeoFixture.NEAR, 1));
    }

    @Test
    void services_accept_the_v1_postcode_and_proximity_too() {
        assertThat(ids(page("service", "/services?postcode=CV5 1AA&proximity=2000")))
                .containsExactly(service(GeoFixture.NEAR), service(GeoFixture.HIDDEN));
    }

    @Test
    void a_bad_or_unknown_postcode_is_a_400_with_a_message() throws IOException {
        var malformed = get("/service_at_locations?postcode=nonsense");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("*");
        assertThat(OrukSchemas.JSON.readTree(malformed.body()).get("error").asText())
                .contains("postcode");
        var unknown = get("/services?postcode=TR1 1AA");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("We don't know where TR1 1AA is yet");
        assertThat(get("/services?proximity=100").statusCode()).isEqualTo(400);
    }

    @Test
    void a_sensitive_venue_gives_only_a_rounded_point_and_its_outward_code() {
        var body = get("/services/" + service(GeoFixture.HIDDEN)).body();
        var service = assertRecord(OrukSchemas.SERVICE, "service", body);
        var location = service.get("service_at_locations").get(0).get("location");
        assertThat(location.get("latitude").asDouble()).isEqualTo(52.01);
        assertThat(location.get("longitude").asDouble()).isEqualTo(-1.02);
        assertThat(location.has("name")).isFalse();
        assertThat(body).doesNotContain("52.012345").doesNotContain("-1.023456");
        var list = get("/service_at_locations?postcode=CV5 1AC").body();
        assertThat(list).doesNotContain("52.012345").doesNotContain("Hidden Refuge venue");
    }

    @Test
    void taxonomy_terms_filter_by_parent_and_top_only() {
        assertThat(ids(page("taxonomy_term", "/taxonomy_terms?parent_id=" + term("crisis"))))
                .containsExactly(term("safe-haven"), term("talk-now"), term("crisis-team"));
        assertThat(ids(page("taxonomy_term", "/taxonomy_terms?top_only=true")))
                .contains(term("crisis"))
                .doesNotContain(term("safe-haven"));
        assertThat(ids(page("taxonomy_term", "/taxonomy_terms?taxonomy_id=other")))
                .isEmpty();
        assertThat(ids(page("taxonomy", "/taxonomies?search=nothing-like-this")))
                .isEmpty();
    }

    @Test
    void the_api_is_read_only_and_answers_cors_preflight() {
        var post = send(HttpRequest.newBuilder(uri("/services"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        var options = send(HttpRequest.newBuilder(uri("/services"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET")
                .build());
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(options.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(v -> assertThat(v).contains("GET"));
    }

    @Test
    void bad_paging_values_are_a_400() {
        assertThat(get("/services?page=0").statusCode()).isEqualTo(400);
        assertThat(get("/services?per_page=1000").statusCode()).isEqualTo(400);
        assertThat(get("/services?format=ndjson").statusCode()).isEqualTo(400);
    }

    @Test
    void a_page_so_deep_that_the_offset_would_overflow_is_a_400_on_both_lists_not_a_500() {
        for (String path : List.of("/services", "/service_at_locations")) {
            var tooDeep = get(path + "?page=10737419&per_page=200");
            assertThat(tooDeep.statusCode()).as(path).isEqualTo(400);
            assertThat(tooDeep.body()).as(path).contains("at most 10000 results deep");
            assertThat(get(path + "?page=" + Integer.MAX_VALUE).statusCode())
                    .as(path)
                    .isEqualTo(400);
            assertThat(get(path + "?page=51&per_page=200").statusCode())
                    .as(path)
                    .isEqualTo(200);
        }
    }
}
