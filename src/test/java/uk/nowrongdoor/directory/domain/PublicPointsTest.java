package uk.nowrongdoor.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a place people can go to gives a listing a point for "near me" (sorting, distance, the radius filter). */
class PublicPointsTest {

    @Test
    void a_team_base_postal_address_or_online_location_gives_no_point_and_a_venue_does() {
        var listing = new Listing("l", new Organisation("o", "O"), "L", "s");
        for (LocationType type :
                new LocationType[] {LocationType.TEAM_BASE, LocationType.POSTAL, LocationType.ONLINE}) {
            var location = listing.addLocation();
            location.setCoordinates(52.4, -1.5);
            location.setType(type);
        }
        assertThat(listing.getPublicPoints()).isEmpty();

        listing.addLocation().setCoordinates(52.5, -1.4);
        assertThat(listing.getPublicPoints()).singleElement().satisfies(p -> assertThat(p.latitude())
                .isEqualTo(52.5));
    }
}
