package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.testsupport.GeoFixture;

@SpringBootTest
@ActiveProfiles("test")
class NearMeSearchTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    GeoFixture fixture;

    @BeforeEach
    void createListings() {
        fixture.createListingsAndImport();
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    private ListingQuery near(String postcode, Integer miles) {
        var point = gazetteer.locate(postcode);
        return ListingQuery.everything()
                .withNear(Near.point(point.latitude(), point.longitude()).withinMiles(miles));
    }

    @Test
    void results_come_nearest_first_with_the_distance_on_each_card() {
        var cards = directory.search(near("CV5 1AA", 10), 0, 10).cards();
        assertThat(cards)
                .extracting(ListingCard::slug)
                .containsExactly(GeoFixture.NEAR, GeoFixture.HIDDEN, GeoFixture.FAR);
        // Hidden Refuge counts from its rounded point (52.01, -1.02): 1.8 km; Far Two sits on CV10's centroid, so
        // "About": 5.6 km
        assertThat(cards)
                .extracting(ListingCard::distance)
                .containsExactly("less than 0.1 miles", "1.1 miles", "About 3.5 miles");
    }

    @Test
    void the_distance_filter_drops_listings_further_away() {
        var cards = directory.search(near("CV5 1AA", 2), 0, 10).cards();
        assertThat(cards).extracting(ListingCard::slug).containsExactly(GeoFixture.NEAR, GeoFixture.HIDDEN);
    }

    @Test
    void an_outward_code_search_starts_from_the_district_centroid() {
        var cards = directory.search(near("CV10", 1), 0, 10).cards();
        assertThat(cards).extracting(ListingCard::slug).containsExactly(GeoFixture.FAR);
        assertThat(cards.get(0).distance()).isEqualTo("Under a mile");
    }

    @Test
    void listings_without_a_point_come_after_those_with_one() {
        var page = directory.search(near("CV10 1AA", null), 0, 200);
        assertThat(page.cards())
                .extracting(ListingCard::slug)
                .startsWith(GeoFixture.FAR, GeoFixture.HIDDEN, GeoFixture.NEAR);
        var distances = page.cards().stream().map(ListingCard::distance).toList();
        int firstWithout = distances.indexOf(null);
        assertThat(firstWithout).isPositive();
        assertThat(distances.subList(firstWithout, distances.size())).containsOnlyNulls();
    }

    @Test
    void a_seeded_location_with_a_postcode_is_placed_once_its_district_is_known() {
        // content/ gives Broadgate House the postcode CV1 1FS and no coordinates; the sample knows only CV1 9AA
        var listing = directory.findListing("ccc-adult-social-care-direct").orElseThrow();
        var location = listing.getLocations().get(0);
        assertThat(location.getPostcode()).isEqualTo("CV1 1FS");
        assertThat(location.getLatitude()).isEqualTo(52.2);
        assertThat(location.getLongitude()).isEqualTo(-1.2);
        assertThat(location.getPointSource()).isEqualTo(uk.nowrongdoor.directory.domain.PointSource.DISTRICT);
    }

    @Test
    void a_sensitive_venue_is_indexed_and_shown_only_at_its_rounded_point() {
        var listing = directory.findListing(GeoFixture.HIDDEN).orElseThrow();
        var location = listing.getLocations().get(0);
        assertThat(location.getPublicLatitude()).isEqualTo(52.01);
        assertThat(location.getPublicLongitude()).isEqualTo(-1.02);
        assertThat(location.getPublicPostcode()).isEqualTo("CV5");
        assertThat(location.getPublicAddress()).isNull();
        // a search exactly at its true point still reports the distance to the rounded one
        var cards = directory.search(near("CV5 1AC", 1), 0, 10).cards();
        assertThat(cards).extracting(ListingCard::slug).contains(GeoFixture.HIDDEN);
        var hidden = cards.stream()
                .filter(c -> c.slug().equals(GeoFixture.HIDDEN))
                .findFirst()
                .orElseThrow();
        assertThat(hidden.distance()).isEqualTo("0.2 miles");
    }
}
