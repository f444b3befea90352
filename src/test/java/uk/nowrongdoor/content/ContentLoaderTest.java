package uk.nowrongdoor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.PointSource;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;

/** The seed content is loaded on first start, through JPA, so every listing can be found by a search. */
@SpringBootTest
@ActiveProfiles("test")
class ContentLoaderTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, Application.LONDON);

    @Autowired
    ListingRepository listings;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    CrisisLineRepository crisisLines;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    ContentImporter importer;

    @Autowired
    uk.nowrongdoor.directory.domain.PlaceRepository places;

    @Autowired
    uk.nowrongdoor.directory.domain.CategoryRepository categories;

    private final ContentSet content = new ContentFiles("classpath:content/").read();

    @Test
    void every_organisation_listing_and_crisis_line_is_loaded() {
        long seeded =
                content.directory().stream().mapToLong(f -> f.listings().size()).sum();
        assertThat(organisations.count())
                .isGreaterThanOrEqualTo(content.directory().size());
        assertThat(listings.findAll().stream()
                        .filter(l -> l.getSource() != null)
                        .count())
                .isEqualTo(seeded);
        assertThat(crisisLines.count()).isEqualTo(content.crisisLines().size());
    }

    @Test
    void seeded_listings_are_marked_not_yet_checked_by_the_service() {
        assertThat(listings.findAll())
                .filteredOn(l -> l.getSource() != null)
                .allSatisfy(l -> assertThat(l.getLastChecked()).isNull());
    }

    @Test
    void every_seeded_listing_is_found_by_searching_for_its_name() {
        for (var file : content.directory()) {
            for (var entry : file.listings()) {
                var hits = listings.search(ListingQuery.text(entry.name()), NOW, 0, 10)
                        .listings();
                assertThat(hits).extracting(Listing::getSlug).as(entry.name()).contains(entry.id());
            }
        }
    }

    @Test
    void every_place_named_in_the_seed_content_finds_its_listings_by_name() {
        for (var file : content.directory()) {
            for (var entry : file.listings()) {
                var places = new java.util.ArrayList<>(entry.places());
                if (entry.locations() != null) {
                    entry.locations().stream()
                            .map(ContentSet.LocationEntry::place)
                            .filter(p -> p != null)
                            .forEach(places::add);
                }
                for (String place : places) {
                    String name = placeName(place);
                    var hits = listings.search(ListingQuery.text(name), NOW, 0, 500)
                            .listings();
                    assertThat(hits)
                            .extracting(Listing::getSlug)
                            .as("search for " + name)
                            .contains(entry.id());
                }
            }
        }
    }

    @Test
    @Transactional
    void every_seeded_location_with_a_postcode_or_a_town_has_a_point_and_only_county_wide_ones_have_none() {
        var seeded = listings.findAll().stream()
                .filter(l -> l.getSource() != null)
                .flatMap(l -> l.getLocations().stream())
                .toList();
        assertThat(seeded).isNotEmpty();
        for (Location location : seeded) {
            boolean placeable = location.getPostcode() != null
                    || (location.getPlace() != null && location.getPlace().getPostcodeDistrict() != null);
            if (placeable) {
                assertThat(location.hasCoordinates())
                        .as(location.getName() + " has a postcode or a town, so a point")
                        .isTrue();
            } else {
                // the seed says only "Warwickshire": no truthful point exists until the service gives its postcode
                assertThat(location.getPlace()).as(location.getName()).isNotNull();
                assertThat(location.getPlace().getParent().getPostcodeDistrict())
                        .as(location.getName() + " is placed only at county level")
                        .isNull();
                assertThat(location.hasCoordinates()).isFalse();
            }
        }
        // a location known only by its town sits on that town's district centroid, marked approximate
        var tileHill = seeded.stream()
                .filter(l -> "Tile Hill Health Centre".equals(l.getName()))
                .findFirst()
                .orElseThrow();
        var cv4 = gazetteer.find(Postcode.parse("CV4").orElseThrow()).orElseThrow();
        assertThat(tileHill.getPointSource()).isEqualTo(PointSource.PLACE);
        assertThat(tileHill.getLatitude()).isEqualTo(cv4.latitude());
        assertThat(tileHill.getLongitude()).isEqualTo(cv4.longitude());
        assertThat(tileHill.hasExactPoint()).isFalse();
    }

    @Test
    void every_postcode_district_the_seed_content_names_is_in_the_shipped_gazetteer() {
        var named = new java.util.TreeSet<String>();
        ContentSet.TreeNode.all(content.places())
                .map(ContentSet.TreeNode::postcodeDistrict)
                .filter(java.util.Objects::nonNull)
                .forEach(named::add);
        content.directory().stream()
                .flatMap(f -> f.listings().stream())
                .flatMap(l -> l.locations() == null ? java.util.stream.Stream.empty() : l.locations().stream())
                .map(ContentSet.LocationEntry::postcode)
                .flatMap(p -> Postcode.parse(p).stream())
                .forEach(p -> named.add(p.outward()));
        assertThat(named).isNotEmpty();
        for (String code : named) {
            assertThat(gazetteer.find(Postcode.parse(code).orElseThrow()))
                    .as(code + " is in content/postcode-districts.csv")
                    .isPresent();
        }
    }

    @Test
    @Transactional
    void a_later_start_fills_a_towns_postcode_district_an_older_database_lacks_but_never_overwrites_one() {
        var tileHill = places.findBySlug("tile-hill").orElseThrow();
        var rugby = places.findBySlug("rugby").orElseThrow();
        tileHill.setPostcodeDistrict(null); // as in a database made before districts were in places.yaml
        rugby.setPostcodeDistrict("CV22"); // as an admin may have set it
        importer.refresh(content);
        assertThat(tileHill.getPostcodeDistrict()).isEqualTo("CV4");
        assertThat(rugby.getPostcodeDistrict()).isEqualTo("CV22");
    }

    @Test
    @Transactional
    void a_later_start_brings_a_changed_crisis_line_category_and_place_into_rows_nobody_else_changed() {
        var samaritans = content.crisisLines().get(2);
        var revised = new ContentSet.CrisisLineEntry(
                samaritans.id(),
                samaritans.name(),
                samaritans.action(),
                samaritans.dial(),
                samaritans.kind(),
                samaritans.smsBody(),
                "Revised description for the test.",
                samaritans.verifiedOn().plusDays(30));
        var lines = new java.util.ArrayList<>(content.crisisLines());
        lines.set(2, revised);
        var firstCategory = content.categories().get(0);
        var categoriesNow = new java.util.ArrayList<>(content.categories());
        categoriesNow.set(
                0, new ContentSet.TreeNode(firstCategory.slug(), "Renamed in content", null, firstCategory.children()));
        var newer = new ContentSet(categoriesNow, withTown(content.places()), lines, content.directory());

        importer.refresh(newer);

        var stored = crisisLines.findBySlug(samaritans.id()).orElseThrow();
        assertThat(stored.getDescription()).isEqualTo("Revised description for the test.");
        assertThat(stored.getVerifiedOn()).isEqualTo(samaritans.verifiedOn().plusDays(30));
        assertThat(categories.findBySlug(firstCategory.slug()).orElseThrow().getName())
                .isEqualTo("Renamed in content");
        var added = places.findBySlug("test-new-town").orElseThrow();
        assertThat(added.getParent()).isNotNull();
        assertThat(added.getPostcodeDistrict()).isEqualTo("CV9");
    }

    @Test
    @Transactional
    void a_later_start_keeps_a_name_staff_changed_even_when_content_changes_it_too() {
        var firstCategory = content.categories().get(0);
        categories.findBySlug(firstCategory.slug()).orElseThrow().setName("Named by staff");
        var categoriesNow = new java.util.ArrayList<>(content.categories());
        categoriesNow.set(
                0, new ContentSet.TreeNode(firstCategory.slug(), "Renamed in content", null, firstCategory.children()));

        importer.refresh(new ContentSet(categoriesNow, content.places(), content.crisisLines(), content.directory()));

        assertThat(categories.findBySlug(firstCategory.slug()).orElseThrow().getName())
                .isEqualTo("Named by staff");
    }

    @Test
    @Transactional
    void a_later_start_with_unchanged_content_changes_nothing_and_never_touches_listings() {
        long listingsBefore = listings.count();
        var nameBefore = categories
                .findBySlug(content.categories().get(0).slug())
                .orElseThrow()
                .getName();

        importer.refresh(content);

        assertThat(listings.count()).isEqualTo(listingsBefore);
        assertThat(categories
                        .findBySlug(content.categories().get(0).slug())
                        .orElseThrow()
                        .getName())
                .isEqualTo(nameBefore);
    }

    @Test
    void the_national_line_listings_take_their_numbers_from_the_crisis_lines_file() {
        assertThat(listings.findBySlug("samaritans-helpline").orElseThrow().getPhone())
                .isEqualTo("116 123");
        assertThat(listings.findBySlug("shout-text-85258").orElseThrow().getTextNumber())
                .isEqualTo("85258");
        assertThat(listings.findBySlug("nhs-111-mental-health-option")
                        .orElseThrow()
                        .getPhone())
                .isEqualTo("111");
    }

    @Test
    @Transactional
    void a_changed_national_number_reaches_its_listing_on_a_later_start_unless_staff_changed_the_listings_number() {
        var samaritans = content.crisisLines().get(2);
        var shout = content.crisisLines().get(3);
        var lines = new java.util.ArrayList<>(content.crisisLines());
        lines.set(2, withNumber(samaritans, "Call 116 999", "116999"));
        lines.set(3, withNumber(shout, "Text SHOUT to 85999", "85999"));
        listings.findBySlug("shout-text-85258").orElseThrow().setTextNumber("85000"); // as an admin may have set it

        importer.refresh(new ContentSet(content.categories(), content.places(), lines, content.directory()));

        assertThat(listings.findBySlug("samaritans-helpline").orElseThrow().getPhone())
                .isEqualTo("116 999");
        assertThat(listings.findBySlug("shout-text-85258").orElseThrow().getTextNumber())
                .isEqualTo("85000");
    }

    @Test
    void the_crisis_teams_bases_are_loaded_as_team_bases_and_never_as_places_to_visit() {
        var crisisTeam = listings.findBySlug("cwpt-crisis-home-treatment").orElseThrow();
        assertThat(crisisTeam.getLocations()).isNotEmpty().allSatisfy(l -> assertThat(l.getType())
                .isEqualTo(LocationType.TEAM_BASE));
        assertThat(listings.findBySlug("rise-community-partnership-rugby")
                        .orElseThrow()
                        .getLocations())
                .singleElement()
                .satisfies(l -> assertThat(l.getType()).isEqualTo(LocationType.VENUE));
    }

    private static ContentSet.CrisisLineEntry withNumber(ContentSet.CrisisLineEntry line, String action, String dial) {
        return new ContentSet.CrisisLineEntry(
                line.id(),
                line.name(),
                action,
                dial,
                line.kind(),
                line.smsBody(),
                line.description(),
                line.verifiedOn());
    }

    /** The place tree with a new town under the first area. */
    private static java.util.List<ContentSet.TreeNode> withTown(java.util.List<ContentSet.TreeNode> roots) {
        var root = roots.get(0);
        var children = new java.util.ArrayList<>(root.childList());
        children.add(new ContentSet.TreeNode("test-new-town", "Test New Town", "CV9", null));
        var result = new java.util.ArrayList<>(roots);
        result.set(0, new ContentSet.TreeNode(root.slug(), root.name(), root.postcodeDistrict(), children));
        return result;
    }

    private String placeName(String slug) {
        return ContentSet.TreeNode.all(content.places())
                .filter(node -> node.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(slug))
                .name();
    }
}
