package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.PointSource;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.service.PartnerViews.ChangeRow;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/** Locations and categories through the revision and moderation path, and who may change them. */
class LocationsAndCategoriesServiceTest extends PartnerServiceTest {

    @Autowired
    Gazetteer gazetteer;

    private static LocationDraft venue(String name, String postcode) {
        return new LocationDraft(
                null,
                LocationType.VENUE,
                name,
                List.of("1 Vornish Street"),
                "rugby",
                postcode,
                "Step-free entrance",
                "Blue door next to the library",
                false);
    }

    private static LocationDraft teamBase(String postcode) {
        return new LocationDraft(
                null,
                LocationType.TEAM_BASE,
                "Vornish team office",
                List.of("2 Vornish Road"),
                "",
                postcode,
                "",
                "",
                false);
    }

    private boolean foundNear(String postcode, String slug) {
        var point = gazetteer.find(Postcode.parse(postcode).orElseThrow()).orElseThrow();
        var query = ListingQuery.everything()
                .withNear(Near.point(point.latitude(), point.longitude()).withinMiles(1));
        return found(query, ZonedDateTime.now(Application.LONDON), slug);
    }

    private void approveAllFor(Long listingId) {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.pending().stream()
                .filter(p -> p.listingId().equals(listingId))
                .forEach(p -> moderation.approve(p.id()));
    }

    @Test
    void a_new_venue_waits_for_an_admin_and_after_approval_is_found_near_its_postcode() {
        signInAsPartnerOfA();
        assertThat(partner.proposeLocations(f.cafeA.getId(), List.of(venue("Vornish Hall", "cv21 2aa"))))
                .isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        assertThat(f.reload(f.cafeA).getLocations()).as("not published yet").isEmpty();
        assertThat(foundNear("CV21", "vornish-cafe-a")).isFalse();
        assertThat(partner.locations(f.cafeA.getId()).pendingLocationChanges()).isEqualTo(1);

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        var pending = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .toList();
        assertThat(pending).singleElement().satisfies(p -> assertThat(p.changes())
                .containsExactly(new ChangeRow(
                        "New location: Vornish Hall (a place you can visit)",
                        "(none)",
                        "A place you can visit; Name: Vornish Hall; Address: 1 Vornish Street; Town: Rugby town; "
                                + "Postcode: CV21 2AA; Accessibility: Step-free entrance; "
                                + "How to find us: Blue door next to the library; Sensitive address: No")));
        moderation.approve(pending.get(0).id());

        var location = f.reload(f.cafeA).getLocations().get(0);
        assertThat(location.getPostcode()).isEqualTo("CV21 2AA");
        assertThat(location.getAddress()).isEqualTo("1 Vornish Street");
        assertThat(location.getPlace().getSlug()).isEqualTo("rugby");
        assertThat(location.getPointSource())
                .as("looked up in the gazetteer: the district, as no postcode directory is imported")
                .isEqualTo(PointSource.DISTRICT);
        assertThat(foundNear("CV21", "vornish-cafe-a")).isTrue();
        assertThat(foundNear("CV21", "vornish-cafe-b")).isFalse();
    }

    @Test
    void a_team_base_never_makes_a_listing_near_its_postcode() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);
        signInAsPartnerOfA();
        assertThat(partner.proposeLocations(f.cafeA.getId(), List.of(teamBase("CV34 4AB"))))
                .isEqualTo(Outcome.PUBLISHED);

        assertThat(f.reload(f.cafeA).getLocations()).singleElement().satisfies(l -> {
            assertThat(l.getType()).isEqualTo(LocationType.TEAM_BASE);
            assertThat(l.hasCoordinates()).isTrue();
        });
        assertThat(foundNear("CV34", "vornish-cafe-a")).isFalse();
    }

    @Test
    void a_changed_field_shows_alone_and_moving_the_venue_moves_it_in_near_me() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);
        signInAsPartnerOfA();
        partner.proposeLocations(f.cafeA.getId(), List.of(venue("Vornish Hall", "CV21 2AA")));
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), false);

        signInAsPartnerOfA();
        var published = partner.locations(f.cafeA.getId()).locations().get(0);
        var moved = new LocationDraft(
                published.uuid(),
                published.type(),
                published.name(),
                published.addressLines(),
                "leamington-spa",
                "CV34 4AB",
                published.accessibility(),
                published.howToFind(),
                true);
        assertThat(partner.proposeLocations(f.cafeA.getId(), List.of(moved))).isEqualTo(Outcome.WAITING_FOR_APPROVAL);

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        var pending = moderation.pending().stream()
                .filter(p -> p.listingId().equals(f.cafeA.getId()))
                .toList();
        String prefix = "Location Vornish Hall (a place you can visit): ";
        assertThat(pending).singleElement().satisfies(p -> assertThat(p.changes())
                .containsExactly(
                        new ChangeRow(prefix + "Town", "Rugby town", "Leamington Spa"),
                        new ChangeRow(prefix + "Postcode", "CV21 2AA", "CV34 4AB"),
                        new ChangeRow(prefix + "Sensitive address", "No", "Yes")));
        approveAllFor(f.cafeA.getId());

        assertThat(f.reload(f.cafeA).getLocations()).singleElement().satisfies(l -> {
            assertThat(l.getUuid()).as("the same location, not a new one").isEqualTo(published.uuid());
            assertThat(l.isSensitive()).isTrue();
        });
        assertThat(foundNear("CV34", "vornish-cafe-a")).isTrue();
        assertThat(foundNear("CV21", "vornish-cafe-a")).isFalse();
    }

    @Test
    void removing_a_location_shows_as_removed_and_takes_it_off_the_listing() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);
        signInAsPartnerOfA();
        partner.proposeLocations(f.cafeA.getId(), List.of(venue("Vornish Hall", "CV21 2AA"), teamBase("CV34 4AB")));
        assertThat(f.reload(f.cafeA).getLocations()).hasSize(2);
        var kept = new ArrayList<>(partner.locations(f.cafeA.getId()).locations());
        kept.removeIf(d -> d.type() == LocationType.VENUE);

        assertThat(partner.proposeLocations(f.cafeA.getId(), kept)).isEqualTo(Outcome.PUBLISHED);

        assertThat(f.reload(f.cafeA).getLocations()).singleElement().satisfies(l -> assertThat(l.getType())
                .isEqualTo(LocationType.TEAM_BASE));
        assertThat(partner.history(f.cafeA.getId()).get(0).changes())
                .extracting(ChangeRow::field)
                .containsExactly("Location removed: Vornish Hall (a place you can visit)");
        assertThat(foundNear("CV21", "vornish-cafe-a")).isFalse();
    }

    @Test
    void a_location_with_a_malformed_postcode_or_an_online_address_is_refused() {
        signInAsPartnerOfA();
        assertThatThrownBy(() -> partner.proposeLocations(f.cafeA.getId(), List.of(venue("Vornish Hall", "CV21"))))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Vornish Hall (a place you can visit): Enter a full postcode, like CV1 2AB");
        var online =
                new LocationDraft(null, LocationType.ONLINE, "", List.of("1 Vornish Street"), "", "", "", "", false);
        assertThatThrownBy(() -> partner.proposeLocations(f.cafeA.getId(), List.of(online)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("An online-only location has no address");
        var sensitivePostal =
                new LocationDraft(null, LocationType.POSTAL, "", List.of("PO Box 1"), "", "CV1 2AB", "", "", true);
        assertThatThrownBy(() -> partner.proposeLocations(f.cafeA.getId(), List.of(sensitivePostal)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Only a venue or a team base can be a sensitive address");
        assertThatThrownBy(() -> partner.proposeLocations(f.cafeA.getId(), List.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Nothing has changed");
    }

    @Test
    void a_partner_of_a_cannot_read_or_change_the_locations_or_categories_of_b() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgB.getId(), true);
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgB.getId()));
        partner.proposeLocations(f.cafeB.getId(), List.of(venue("Beta Hall", "CV21 2AA")));
        var bsLocation = partner.locations(f.cafeB.getId()).locations().get(0);

        signInAsPartnerOfA();
        assertThatThrownBy(() -> partner.locations(f.cafeB.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.proposeLocations(f.cafeB.getId(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.categories(f.cafeB.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.proposeCategories(f.cafeB.getId(), Set.of("carers")))
                .isInstanceOf(AccessDeniedException.class);
        // B's location's id passed through A's own listing is not written to B's listing either
        var hijack = new LocationDraft(
                bsLocation.uuid(), LocationType.VENUE, "Taken", List.of(), "rugby", "", "", "", false);
        assertThatThrownBy(() -> partner.proposeLocations(f.cafeA.getId(), List.of(hijack)))
                .isInstanceOf(UserFacingException.class);

        assertThat(f.reload(f.cafeB).getLocations()).singleElement().satisfies(l -> assertThat(l.getName())
                .isEqualTo("Beta Hall"));
        assertThat(f.reload(f.cafeB).getCategories())
                .extracting(Category::getSlug)
                .containsExactly("safe-haven");
    }

    @Test
    void a_partner_without_the_partner_role_is_refused() {
        Staff.signIn(Staff.partnershipWide(AppRoles.COORDINATOR));
        assertThatThrownBy(() -> partner.locations(f.cafeA.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.proposeCategories(f.cafeA.getId(), Set.of("carers")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void new_categories_wait_for_an_admin_show_by_name_and_after_approval_the_category_finds_the_listing() {
        signInAsPartnerOfA();
        var details = partner.categories(f.cafeA.getId());
        assertThat(details.chosen()).containsExactly("safe-haven");
        assertThat(details.groups().get(0).name()).isEqualTo("Urgent and crisis help");
        assertThat(details.groups().get(0).choices())
                .extracting(PartnerViews.Choice::slug)
                .startsWith("crisis", "safe-haven");

        assertThat(partner.proposeCategories(f.cafeA.getId(), Set.of("safe-haven", "carers")))
                .isEqualTo(Outcome.WAITING_FOR_APPROVAL);
        assertThat(foundIn("carers", "vornish-cafe-a")).isFalse();

        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(moderation.pending().stream()
                        .filter(p -> p.listingId().equals(f.cafeA.getId()))
                        .toList())
                .singleElement()
                .satisfies(p -> assertThat(p.changes())
                        .containsExactly(new ChangeRow(
                                "Categories",
                                "Crisis cafés and safe havens",
                                "Carers' support, Crisis cafés and safe havens")));
        approveAllFor(f.cafeA.getId());

        assertThat(foundIn("carers", "vornish-cafe-a")).isTrue();
        assertThat(foundIn("carers", "vornish-cafe-b")).isFalse();
    }

    @Test
    void a_listing_keeps_at_least_one_category_and_only_categories_from_the_tree() {
        signInAsPartnerOfA();
        assertThatThrownBy(() -> partner.proposeCategories(f.cafeA.getId(), Set.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Choose at least one category, so people can find the listing");
        assertThatThrownBy(() -> partner.proposeCategories(f.cafeA.getId(), Set.of("no-such-category")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Choose categories from the list");
        assertThatThrownBy(() -> partner.proposeCategories(f.cafeA.getId(), Set.of("safe-haven")))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Nothing has changed");
    }

    private boolean foundIn(String category, String slug) {
        return found(ListingQuery.everything().withCategory(category), ZonedDateTime.now(Application.LONDON), slug);
    }
}
