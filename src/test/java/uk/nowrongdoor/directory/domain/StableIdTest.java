package uk.nowrongdoor.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StableIdTest {

    @Test
    void ids_are_rfc_4122_version_5_uuids_of_kind_and_slug() {
        // expected values from Python: uuid.uuid5(NAMESPACE, "listing:cw-mind-safe-haven"), and of "location-1" in it
        UUID listing = StableId.of(StableId.LISTING, "cw-mind-safe-haven");
        assertThat(listing).hasToString("672a5cc4-9c35-51d2-ab6c-2f179a79235f");
        assertThat(listing.version()).isEqualTo(5);
        assertThat(listing.variant()).isEqualTo(2);
        assertThat(StableId.location(listing, 1)).hasToString("fab85538-5c58-54b7-8f2e-30fca9c63b9d");
    }

    @Test
    void the_same_slug_of_another_kind_or_another_owner_gives_another_id() {
        assertThat(StableId.of(StableId.LISTING, "mind")).isNotEqualTo(StableId.of(StableId.ORGANISATION, "mind"));
        UUID a = StableId.of(StableId.LISTING, "a");
        UUID b = StableId.of(StableId.LISTING, "b");
        assertThat(StableId.derived(a, "address")).isNotEqualTo(StableId.derived(b, "address"));
    }

    @Test
    void parse_takes_only_a_whole_uuid() {
        assertThat(StableId.parse("672a5cc4-9c35-51d2-ab6c-2f179a79235f")).isNotNull();
        assertThat(StableId.parse("cw-mind-safe-haven")).isNull();
        assertThat(StableId.parse("1-1-1-1-1")).isNull();
        assertThat(StableId.parse(null)).isNull();
    }

    @Test
    void a_new_listings_locations_follow_from_its_id_and_later_ones_are_random() {
        var listing = new Listing("l", new Organisation("o", "O"), "L", "s");
        assertThat(listing.getUuid()).isEqualTo(StableId.of(StableId.LISTING, "l"));
        assertThat(listing.addLocation().getUuid()).isEqualTo(StableId.location(listing.getUuid(), 1));
        assertThat(listing.addLocation().getUuid()).isEqualTo(StableId.location(listing.getUuid(), 2));
    }
}
