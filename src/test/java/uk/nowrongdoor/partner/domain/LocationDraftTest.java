package uk.nowrongdoor.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.partner.domain.LocationDraft.Part;

class LocationDraftTest {

    private static LocationDraft venue(String postcode) {
        return new LocationDraft(
                null, LocationType.VENUE, "Hall", List.of("1 High St"), "rugby", postcode, "", "", false);
    }

    @Test
    void free_text_with_bars_backslashes_and_line_breaks_survives_the_revision_text() {
        var d = new LocationDraft(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                LocationType.TEAM_BASE,
                "A | B",
                List.of("Unit 2\\3", "Side street"),
                "",
                "cv1 2ab",
                "Ramp\nLift to floor 2",
                "Ring | wait",
                true);
        assertThat(LocationDraft.parse(d.line())).isEqualTo(d);
        assertThat(d.postcode()).as("a full postcode is written the usual way").isEqualTo("CV1 2AB");
        assertThat(d.address()).isEqualTo("Unit 2\\3, Side street");
    }

    @Test
    void each_problem_belongs_to_its_field() {
        assertThat(venue("CV1").problem())
                .isEqualTo(new LocationDraft.Problem(Part.POSTCODE, "Enter a full postcode, like CV1 2AB"));
        assertThat(venue("not a postcode").problem().part()).isEqualTo(Part.POSTCODE);
        assertThat(venue("CV1 2AB").problem()).isNull();
        var nowhere = new LocationDraft(null, LocationType.VENUE, "Hall", List.of(), "", "", "", "", false);
        assertThat(nowhere.problem().part()).isEqualTo(Part.POSTCODE);
        var tooManyLines = new LocationDraft(
                null, LocationType.POSTAL, "", List.of("a", "b", "c", "d"), "", "CV1 2AB", "", "", false);
        assertThat(tooManyLines.problem().part()).isEqualTo(Part.ADDRESS);
        var longAccess =
                new LocationDraft(null, LocationType.VENUE, "", List.of(), "rugby", "", "x".repeat(501), "", false);
        assertThat(longAccess.problem().part()).isEqualTo(Part.ACCESSIBILITY);
    }

    @Test
    void applying_writes_only_the_fields_the_partner_changed_so_a_later_edit_of_another_field_is_kept() {
        var listing = new Listing("t", new Organisation("o", "O"), "T", "S");
        var location = listing.addLocation(UUID.randomUUID());
        location.setName("Hall");
        location.setAddress("1 High St");
        location.setPostcode("CV1 2AB");
        var seen = LocationDraft.text(listing);
        var wanted = LocationDraft.ofDrafts(List.of(new LocationDraft(
                location.getUuid(),
                LocationType.VENUE,
                "Hall",
                List.of("1 High St"),
                "",
                "CV1 2AB",
                "Ramp",
                "",
                false)));
        // someone else renamed it after the partner opened the page
        location.setName("Vornish Hall");

        var moved = LocationDraft.apply(listing, seen, wanted, slug -> null, id -> false);

        assertThat(location.getName()).isEqualTo("Vornish Hall");
        assertThat(location.getAccessibility()).isEqualTo("Ramp");
        assertThat(moved).as("neither postcode nor town changed").isEmpty();
    }

    private static LocationDraft online(UUID newId) {
        return new LocationDraft(null, LocationType.ONLINE, "", List.of(), "", "", "", "", false, newId);
    }

    @Test
    void a_new_location_keeps_the_id_it_brings_through_the_revision_text_and_a_published_one_brings_none() {
        UUID feedId = UUID.fromString("00000000-0000-0000-0000-00000000000f");
        assertThat(LocationDraft.parse(online(feedId).line())).isEqualTo(online(feedId));
        assertThat(LocationDraft.parse(online(feedId).line()).newId()).isEqualTo(feedId);
        assertThat(LocationDraft.parse(venue("CV1 2AB").line()).newId()).isNull();
        var published =
                new LocationDraft(feedId, LocationType.ONLINE, "", List.of(), "", "", "", "", false, UUID.randomUUID());
        assertThat(published.newId())
                .as("a published location has its id already")
                .isNull();
    }

    @Test
    void a_new_location_is_published_with_the_id_it_brings_and_one_without_gets_a_fresh_id() {
        var listing = new Listing("t", new Organisation("o", "O"), "T", "S");
        UUID feedId = UUID.randomUUID();
        var wanted = LocationDraft.ofDrafts(List.of(online(feedId), venue("CV1 2AB")));

        LocationDraft.apply(listing, "", wanted, slug -> null, id -> false);

        assertThat(listing.getLocations()).hasSize(2);
        assertThat(listing.getLocations().get(0).getUuid()).isEqualTo(feedId);
        assertThat(listing.getLocations().get(1).getUuid()).isNotNull().isNotEqualTo(feedId);
    }

    @Test
    void a_new_location_whose_id_is_taken_by_then_is_published_with_a_fresh_id() {
        var listing = new Listing("t", new Organisation("o", "O"), "T", "S");
        UUID takenElsewhere = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        var wanted = LocationDraft.ofDrafts(List.of(online(takenElsewhere), online(twice), online(twice)));

        LocationDraft.apply(listing, "", wanted, slug -> null, takenElsewhere::equals);

        assertThat(listing.getLocations())
                .extracting(l -> l.getUuid())
                .doesNotContain(takenElsewhere)
                .containsOnlyOnce(twice)
                .doesNotHaveDuplicates()
                .hasSize(3);
    }
}
