package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.geo.service.PostcodeLocation;

class CoveredPlaceTest {

    private final Place warwickshire = new Place("warwickshire", "Warwickshire", null, 0);
    private final Place kenilworth = town("kenilworth", "CV8");
    private final Place stoneleigh = town("stoneleigh", "CV8");
    private final Place warwick = town("warwick", "CV34");
    private final List<Place> places = List.of(warwickshire, kenilworth, stoneleigh, warwick);

    private Place town(String slug, String district) {
        var town = new Place(slug, slug, warwickshire, 1);
        town.setPostcodeDistrict(district);
        return town;
    }

    private static Listing serving(Place... places) {
        var listing = new Listing("l", new Organisation("o", "O"), "L", "s");
        listing.getPlaces().addAll(List.of(places));
        return listing;
    }

    private CoveredPlace at(String outward) {
        // every town has its own district here, so the gazetteer is never asked for a nearest centre
        return CoveredPlace.of(new PostcodeLocation(outward, 52.3, -1.6, false), places, null)
                .orElseThrow();
    }

    @Test
    void a_postcode_is_covered_by_each_town_of_its_district_and_the_places_around_them() {
        var cv8 = at("CV8");
        assertThat(cv8.covers(serving(stoneleigh))).isTrue();
        assertThat(cv8.covers(serving(kenilworth))).isTrue();
        assertThat(cv8.covers(serving(warwickshire))).isTrue();
        assertThat(cv8.covers(serving(warwick))).isFalse();
    }

    @Test
    void a_service_that_names_no_area_is_not_left_out() {
        assertThat(at("CV34").covers(serving())).isTrue();
    }
}
