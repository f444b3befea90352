package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.PointSource;

/** The card's distance: exact for a venue's own point, "About" for a district's or town's centre. */
class DistanceTextTest {

    private final Near here = Near.point(52.40, -1.50);

    private Listing listingAt(double latitude, double longitude, PointSource source) {
        var listing = new Listing("l", new Organisation("o", "O"), "L", "summary");
        var location = listing.addLocation();
        if (source == PointSource.GIVEN) {
            location.setCoordinates(latitude, longitude);
        } else {
            location.placeAt(latitude, longitude, source);
        }
        return listing;
    }

    @Test
    void an_exact_point_gives_the_distance_as_it_is() {
        assertThat(DirectoryService.distanceText(listingAt(52.40, -1.53, PointSource.GIVEN), here))
                .isEqualTo("1.3 miles");
        assertThat(DirectoryService.distanceText(listingAt(52.40, -1.53, PointSource.POSTCODE), here))
                .isEqualTo("1.3 miles");
    }

    @Test
    void a_district_or_town_centre_gives_an_approximate_distance() {
        assertThat(DirectoryService.distanceText(listingAt(52.40, -1.53, PointSource.DISTRICT), here))
                .isEqualTo("About 1.3 miles");
        assertThat(DirectoryService.distanceText(listingAt(52.40, -1.501, PointSource.PLACE), here))
                .isEqualTo("Under a mile");
    }

    @Test
    void the_nearest_location_counts_and_no_point_means_no_distance() {
        var listing = listingAt(52.50, -1.50, PointSource.GIVEN);
        listing.addLocation().placeAt(52.40, -1.53, PointSource.PLACE);
        listing.addLocation(); // no point at all
        assertThat(DirectoryService.distanceText(listing, here)).isEqualTo("About 1.3 miles");
        assertThat(DirectoryService.distanceText(listing, null)).isNull();
        assertThat(DirectoryService.distanceText(new Listing("m", new Organisation("o", "O"), "M", "s"), here))
                .isNull();
    }

    @Test
    void a_lookup_cannot_claim_to_be_given_and_forgetting_lookups_keeps_given_points() {
        var location = listingAt(52.40, -1.53, PointSource.GIVEN).getLocations().get(0);
        assertThatThrownBy(() -> location.placeAt(52.0, -1.0, PointSource.GIVEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(location.getLatitude()).isEqualTo(52.40);
        location.clearLookedUpPoint();
        assertThat(location.getPointSource()).isEqualTo(PointSource.GIVEN);
        assertThat(location.hasExactPoint()).isTrue();
        var looked =
                listingAt(52.40, -1.53, PointSource.DISTRICT).getLocations().get(0);
        looked.clearLookedUpPoint();
        assertThat(looked.hasCoordinates()).isFalse();
        assertThat(looked.getPointSource()).isNull();
    }
}
