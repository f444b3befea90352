package uk.nowrongdoor.admin.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.admin.service.TreeAdminService.NodeRow;
import uk.nowrongdoor.admin.service.TreeAdminService.Tree;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.service.LocationPlacement;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/** Real commits (the search index is written on commit); every change is undone after each test. */
@SpringBootTest
@ActiveProfiles("test")
class TreeAdminServiceTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, Application.LONDON);

    @Autowired
    TreeAdminService service;

    @Autowired
    CategoryRepository categories;

    @Autowired
    PlaceRepository places;

    @Autowired
    ListingRepository listings;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    LocationPlacement placement;

    @Autowired
    OrganisationRepository organisations;

    private final List<Runnable> undo = new ArrayList<>();

    @BeforeEach
    void asAdmin() {
        Staff.signIn(Staff.principal("admin", Set.of(AppRoles.ADMIN), Set.of()));
    }

    @AfterEach
    void undo() {
        asAdmin();
        Collections.reverse(undo);
        undo.forEach(Runnable::run);
        undo.clear();
        Staff.signOut();
    }

    private long category(String slug) {
        return categories.findBySlug(slug).orElseThrow().getId();
    }

    private long place(String slug) {
        return places.findBySlug(slug).orElseThrow().getId();
    }

    private NodeRow row(Tree tree, long id) {
        return service.tree(tree).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private List<String> found(ListingQuery query) {
        return listings.search(query, NOW, 0, 500).listings().stream()
                .map(Listing::getSlug)
                .toList();
    }

    /** Active listings that name the category themselves. */
    private List<String> activeIn(String categorySlug) {
        return tx.execute(s -> listings.findAll().stream()
                .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                .filter(l ->
                        l.getCategories().stream().anyMatch(c -> c.getSlug().equals(categorySlug)))
                .map(Listing::getSlug)
                .toList());
    }

    private void undoRename(Tree tree, long id) {
        String before = row(tree, id).name();
        undo.add(() -> service.rename(tree, id, before));
    }

    @Test
    void the_tree_is_listed_depth_first_with_each_entry_under_its_parent() {
        var rows = service.tree(Tree.PLACES);
        var coventry = rows.stream()
                .filter(r -> r.slug().equals("coventry"))
                .findFirst()
                .orElseThrow();
        var foleshill = rows.stream()
                .filter(r -> r.slug().equals("foleshill"))
                .findFirst()
                .orElseThrow();

        assertThat(foleshill.parentId()).isEqualTo(coventry.id());
        assertThat(foleshill.depth()).isEqualTo(coventry.depth() + 1);
        assertThat(rows.indexOf(foleshill)).isGreaterThan(rows.indexOf(coventry));
        assertThat(foleshill.path()).endsWith("Coventry › Foleshill");
    }

    @Test
    void a_renamed_category_is_found_by_searching_for_its_new_name() {
        long id = category("eating-disorders");
        undoRename(Tree.CATEGORIES, id);
        var expected = activeIn("eating-disorders");
        assertThat(expected).isNotEmpty();
        assertThat(found(ListingQuery.text("quokka"))).isEmpty();

        service.rename(Tree.CATEGORIES, id, "Quokka troubles");

        assertThat(found(ListingQuery.text("quokka"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_renamed_place_is_found_by_searching_for_its_new_name() {
        long id = place("nuneaton");
        undoRename(Tree.PLACES, id);
        var expected = tx.execute(s -> listings.findAll().stream()
                .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                .filter(l -> l.servedPlaces().stream().anyMatch(p -> p.getSlug().equals("nuneaton")))
                .map(Listing::getSlug)
                .toList());
        assertThat(expected).isNotEmpty();

        service.rename(Tree.PLACES, id, "Wombatton");

        assertThat(found(ListingQuery.text("wombatton"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_moved_category_brings_its_listings_under_its_new_parent_in_search() {
        long eating = category("eating-disorders");
        long nhs = category("nhs-mental-health");
        int position = categories.findById(eating).orElseThrow().getPosition();
        long parent = service.addChild(Tree.CATEGORIES, null, "Test parent");
        undo.add(() -> {
            service.move(Tree.CATEGORIES, eating, nhs);
            tx.executeWithoutResult(
                    s -> categories.findById(eating).orElseThrow().setPosition(position));
            service.remove(Tree.CATEGORIES, parent);
        });
        String parentSlug = row(Tree.CATEGORIES, parent).slug();
        var expected = activeIn("eating-disorders");
        // listings that were under "NHS mental health services" only through eating disorders
        var onlyThere = tx.execute(s -> listings.findAll().stream()
                .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
                .filter(l ->
                        l.getCategories().stream().allMatch(c -> c.getSlug().equals("eating-disorders")))
                .filter(l -> !l.getCategories().isEmpty())
                .map(Listing::getSlug)
                .toList());

        service.move(Tree.CATEGORIES, eating, parent);

        assertThat(row(Tree.CATEGORIES, eating).parentId()).isEqualTo(parent);
        assertThat(found(ListingQuery.everything().withCategory(parentSlug)))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found(ListingQuery.everything().withCategory("nhs-mental-health")))
                .doesNotContainAnyElementsOf(onlyThere);
    }

    @Test
    void a_category_cannot_move_under_itself_or_anything_below_it() {
        long nhs = category("nhs-mental-health");
        long talking = category("talking-therapies");

        assertThatThrownBy(() -> service.move(Tree.CATEGORIES, nhs, nhs))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("parent"));
        assertThatThrownBy(() -> service.move(Tree.CATEGORIES, nhs, talking))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.getMessage())
                        .isEqualTo("A category cannot go under itself or under one of its own categories"));
        assertThat(row(Tree.CATEGORIES, nhs).parentId()).isNull();
    }

    @Test
    void a_category_in_use_is_not_removed_and_the_refusal_says_what_uses_it() {
        long eating = category("eating-disorders");
        String aListing = tx.execute(s -> listings.findAll().stream()
                .filter(l ->
                        l.getCategories().stream().anyMatch(c -> c.getSlug().equals("eating-disorders")))
                .map(Listing::getName)
                .findFirst()
                .orElseThrow());

        assertThatThrownBy(() -> service.remove(Tree.CATEGORIES, eating))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is still used by ")
                .hasMessageContaining(aListing)
                .hasMessageContaining("merge it into another category");
        assertThatThrownBy(() -> service.remove(Tree.CATEGORIES, category("nhs-mental-health")))
                .hasMessageContaining("categories under it (Talking therapies and counselling");
        assertThat(categories.findById(eating)).isPresent();
    }

    @Test
    void an_unused_place_is_removed() {
        long id = service.addChild(Tree.PLACES, place("coventry"), "Test Hamlet");
        assertThat(row(Tree.PLACES, id).usage().isUnused()).isTrue();

        service.remove(Tree.PLACES, id);

        assertThat(places.findById(id)).isEmpty();
    }

    @Test
    void merging_moves_its_listings_and_children_to_the_other_category_and_removes_it() {
        long eating = category("eating-disorders");
        long merged = service.addChild(Tree.CATEGORIES, null, "Test to merge");
        long child = service.addChild(Tree.CATEGORIES, merged, "Test child");
        String listingSlug = tx.execute(s -> {
            var l = listings.findAll().stream()
                    .filter(x -> x.getStatus() == ListingStatus.ACTIVE)
                    .filter(x -> x.getCategories().stream()
                            .noneMatch(c -> c.getSlug().equals("eating-disorders")))
                    .findFirst()
                    .orElseThrow();
            l.getCategories().add(categories.findById(merged).orElseThrow());
            return l.getSlug();
        });
        undo.add(() -> {
            tx.executeWithoutResult(s -> listings.findBySlug(listingSlug)
                    .orElseThrow()
                    .getCategories()
                    .removeIf(c -> c.getId() == eating));
            service.remove(Tree.CATEGORIES, child);
        });
        assertThat(found(ListingQuery.everything().withCategory("eating-disorders")))
                .doesNotContain(listingSlug);

        service.merge(Tree.CATEGORIES, merged, eating);

        assertThat(categories.findById(merged)).isEmpty();
        assertThat(row(Tree.CATEGORIES, child).parentId()).isEqualTo(eating);
        List<String> itsCategories =
                tx.execute(s -> listings.findBySlug(listingSlug).orElseThrow().getCategories().stream()
                        .map(Category::getSlug)
                        .toList());
        assertThat(itsCategories).contains("eating-disorders");
        assertThat(found(ListingQuery.everything().withCategory("eating-disorders")))
                .contains(listingSlug);
    }

    @Test
    void a_category_cannot_be_merged_into_itself_or_anything_below_it() {
        long nhs = category("nhs-mental-health");

        assertThatThrownBy(() -> service.merge(Tree.CATEGORIES, nhs, category("talking-therapies")))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("into"));
        assertThatThrownBy(() -> service.merge(Tree.CATEGORIES, nhs, nhs)).isInstanceOf(InvalidField.class);
        assertThat(categories.findById(nhs)).isPresent();
    }

    @Test
    void a_name_is_required_and_unique_among_its_siblings() {
        long nhs = category("nhs-mental-health");

        assertThatThrownBy(() -> service.addChild(Tree.CATEGORIES, nhs, "   "))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.getMessage()).isEqualTo("Enter a name"));
        assertThatThrownBy(() -> service.addChild(Tree.CATEGORIES, nhs, "eating DISORDERS"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.getMessage())
                        .isEqualTo("There is already a category called \"eating DISORDERS\" here"));
        assertThatThrownBy(() -> service.rename(Tree.CATEGORIES, category("perinatal"), "x".repeat(121)))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    /**
     * A listing whose one venue is known only by its town, Tile Hill (no postcode yet), so it sits on the town's
     * district centroid; removed after the test.
     */
    private String tileHillListing() {
        tx.executeWithoutResult(s -> {
            var organisation = organisations.findAll().get(0);
            var listing = new Listing("test-district-venue", organisation, "Test district venue", "For a test");
            var location = listing.addLocation();
            location.setName("Test hall");
            location.setPlace(places.findBySlug("tile-hill").orElseThrow());
            placement.place(location);
            listings.save(listing);
        });
        undo.add(() -> tx.executeWithoutResult(
                s -> listings.findBySlug("test-district-venue").ifPresent(listings::delete)));
        return "test-district-venue";
    }

    private List<String> foundNear(String district) {
        var point = gazetteer.find(Postcode.parse(district).orElseThrow()).orElseThrow();
        return found(new ListingQuery(
                "",
                null,
                null,
                Set.of(),
                null,
                Set.of(),
                Set.of(),
                false,
                new Near(point.latitude(), point.longitude(), 500.0)));
    }

    @Test
    void a_new_postcode_district_moves_the_towns_locations_without_a_postcode_so_near_me_finds_them_there() {
        long tileHill = place("tile-hill");
        undo.add(() -> service.setPostcodeDistrict(tileHill, "CV4"));
        String listing = tileHillListing();
        assertThat(foundNear("CV37")).doesNotContain(listing);

        var change = service.setPostcodeDistrict(tileHill, " cv37 ");

        assertThat(change.postcodeDistrict()).isEqualTo("CV37");
        assertThat(change.known()).isTrue();
        assertThat(change.locationsMoved()).isPositive();
        assertThat(places.findById(tileHill).orElseThrow().getPostcodeDistrict())
                .isEqualTo("CV37");
        assertThat(row(Tree.PLACES, tileHill).postcodeDistrict()).isEqualTo("CV37");
        assertThat(foundNear("CV37"))
                .as("the listing is reindexed at its new point")
                .contains(listing);
        assertThat(foundNear("CV4")).doesNotContain(listing);
    }

    @Test
    void a_postcode_district_must_be_an_outward_code_and_may_be_cleared() {
        long tileHill = place("tile-hill");
        undo.add(() -> service.setPostcodeDistrict(tileHill, "CV4"));
        String listing = tileHillListing();
        assertThat(foundNear("CV4")).contains(listing);

        assertThatThrownBy(() -> service.setPostcodeDistrict(tileHill, "Coventry"))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo(TreeAdminService.POSTCODE_DISTRICT);
                    assertThat(e.getMessage()).isEqualTo("Enter the first part of a postcode, like CV12");
                });
        assertThatThrownBy(() -> service.setPostcodeDistrict(tileHill, "CV4 9DX"))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Enter only the first part of the postcode, like CV4"));
        assertThat(places.findById(tileHill).orElseThrow().getPostcodeDistrict())
                .isEqualTo("CV4");

        var cleared = service.setPostcodeDistrict(tileHill, "  ");

        assertThat(cleared.postcodeDistrict()).isNull();
        assertThat(places.findById(tileHill).orElseThrow().getPostcodeDistrict())
                .isNull();
        assertThat(cleared.locationsMoved()).isPositive();
        assertThat(foundNear("CV4"))
                .as("with no district, a location known only by its town has no point")
                .doesNotContain(listing);
    }

    @Test
    void partners_leads_and_coordinators_are_refused() {
        long eating = category("eating-disorders");
        for (var someone : List.of(
                Staff.memberOf(AppRoles.PARTNER, 1L),
                Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD),
                Staff.partnershipWide(AppRoles.COORDINATOR))) {
            Staff.signIn(someone);
            assertThatThrownBy(() -> service.tree(Tree.CATEGORIES)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.addChild(Tree.PLACES, null, "Sneaky"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.rename(Tree.CATEGORIES, eating, "Sneaky"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.move(Tree.CATEGORIES, eating, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.remove(Tree.CATEGORIES, eating)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.merge(Tree.CATEGORIES, eating, eating))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.setPostcodeDistrict(place("tile-hill"), "CV37"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(categories.findById(eating).orElseThrow().getName()).isNotEqualTo("Sneaky");
    }
}
