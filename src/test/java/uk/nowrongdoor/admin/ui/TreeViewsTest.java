package uk.nowrongdoor.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.admin.service.TreeAdminService;
import uk.nowrongdoor.admin.service.TreeAdminService.NodeRow;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

/** /admin/categories and /admin/places: the same editor on each tree. */
class TreeViewsTest extends AbstractUiTest {

    @Autowired
    CategoryRepository categories;

    @Autowired
    PlaceRepository places;

    @Autowired
    TreeAdminService treeAdmin;

    private String bedworth;

    @AfterEach
    void undo() {
        var bedworthPlace = places.findBySlug("bedworth").orElseThrow();
        if (!"CV12".equals(bedworthPlace.getPostcodeDistrict())) {
            // through the service, so the town's locations go back to CV12's centroid too
            Staff.signIn(Staff.principal("admin", java.util.Set.of(AppRoles.ADMIN), java.util.Set.of()));
            treeAdmin.setPostcodeDistrict(bedworthPlace.getId(), "CV12");
        }
        categories.findBySlug("test-ui-category").ifPresent(categories::delete);
        if (bedworth != null) {
            var p = places.findBySlug("bedworth").orElseThrow();
            p.setName(bedworth);
            places.save(p);
        }
    }

    @Test
    void an_admin_adds_a_category_renames_it_and_removes_it_because_nothing_uses_it() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(CategoriesView.class);

        _setValue(
                _get(TextField.class, spec -> spec.withLabel("Name of a new top-level category")), "Test UI category");
        _click(_get(Button.class, spec -> spec.withText("Add at the top level")));
        assertThat(categories.findBySlug("test-ui-category")).isPresent();

        _click(_get(Button.class, spec -> spec.withText("Change Test UI category")));
        var rename = _get(TextField.class, spec -> spec.withLabel("New name"));
        _setValue(rename, "Test UI renamed");
        _click(_get(Button.class, spec -> spec.withText("Rename")));
        assertThat(categories.findBySlug("test-ui-category").orElseThrow().getName())
                .isEqualTo("Test UI renamed");

        _click(_get(Button.class, spec -> spec.withText("Change Test UI renamed")));
        _click(_get(Button.class, spec -> spec.withText("Remove Test UI renamed")));
        assertThat(categories.findBySlug("test-ui-category")).isEmpty();
        assertThat(_get(
                        com.vaadin.flow.component.html.Paragraph.class,
                        spec -> spec.withText("Test UI renamed removed.")))
                .isNotNull();
    }

    @Test
    void an_empty_name_is_refused_next_to_its_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(CategoriesView.class);
        var name = _get(TextField.class, spec -> spec.withLabel("Name of a new top-level category"));

        _click(_get(Button.class, spec -> spec.withText("Add at the top level")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_category_in_use_offers_a_merge_instead_of_remove_and_a_move_below_itself_is_refused_next_to_the_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(CategoriesView.class);
        String nhs = categories.findBySlug("nhs-mental-health").orElseThrow().getName();

        _click(_get(Button.class, spec -> spec.withText("Change " + nhs)));
        assertThat(_find(Button.class, spec -> spec.withText("Remove " + nhs))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withText("Merge " + nhs))).isNotNull();
        Select<NodeRow> parent = _get(Select.class, spec -> spec.withLabel("Move under"));
        var below = parent.getListDataView()
                .getItems()
                .filter(r -> r.slug().equals("talking-therapies"))
                .findFirst()
                .orElseThrow();
        _setValue(parent, below);
        _click(_get(Button.class, spec -> spec.withText("Move")));

        assertThat(parent.isInvalid()).isTrue();
        assertThat(parent.getErrorMessage())
                .isEqualTo("A category cannot go under itself or under one of its own categories");
        assertThat(categories.findBySlug("nhs-mental-health").orElseThrow().getParent())
                .isNull();
    }

    @Test
    void an_admin_renames_a_town_on_the_places_screen() {
        bedworth = places.findBySlug("bedworth").orElseThrow().getName();
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(PlacesView.class);

        _click(_get(Button.class, spec -> spec.withText("Change " + bedworth)));
        _setValue(_get(TextField.class, spec -> spec.withLabel("New name")), "Bedworth and Exhall");
        _click(_get(Button.class, spec -> spec.withText("Rename")));

        assertThat(places.findBySlug("bedworth").orElseThrow().getName()).isEqualTo("Bedworth and Exhall");
    }

    @Test
    void an_admin_sets_a_towns_postcode_district_and_the_list_shows_it() {
        String name = places.findBySlug("bedworth").orElseThrow().getName();
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(PlacesView.class);

        _click(_get(Button.class, spec -> spec.withText("Change " + name)));
        var district = _get(TextField.class, spec -> spec.withLabel("Postcode district"));
        assertThat(district.getValue()).isEqualTo("CV12");
        _setValue(district, "cv11");
        _click(_get(Button.class, spec -> spec.withText("Save postcode district")));

        assertThat(places.findBySlug("bedworth").orElseThrow().getPostcodeDistrict())
                .isEqualTo("CV11");
        assertThat(_get(
                        com.vaadin.flow.component.html.Paragraph.class,
                        spec -> spec.withText(name + " is in postcode district CV11.")))
                .isNotNull();
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Postcode district CV11")))
                .as("Nuneaton's and now Bedworth's")
                .hasSize(2);
    }

    @Test
    void a_postcode_district_that_is_not_an_outward_code_is_refused_next_to_its_field() {
        String name = places.findBySlug("bedworth").orElseThrow().getName();
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(PlacesView.class);

        _click(_get(Button.class, spec -> spec.withText("Change " + name)));
        var district = _get(TextField.class, spec -> spec.withLabel("Postcode district"));
        _setValue(district, "CV12 8AB");
        _click(_get(Button.class, spec -> spec.withText("Save postcode district")));

        assertThat(district.isInvalid()).isTrue();
        assertThat(district.getErrorMessage()).isEqualTo("Enter only the first part of the postcode, like CV12");
        assertThat(places.findBySlug("bedworth").orElseThrow().getPostcodeDistrict())
                .isEqualTo("CV12");
    }

    @Test
    void the_categories_screen_has_no_postcode_district_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(CategoriesView.class);
        String nhs = categories.findBySlug("nhs-mental-health").orElseThrow().getName();

        _click(_get(Button.class, spec -> spec.withText("Change " + nhs)));

        assertThat(_find(TextField.class, spec -> spec.withLabel("Postcode district")))
                .isEmpty();
    }

    @Test
    void partners_leads_and_coordinators_may_open_neither_tree_screen() {
        for (StaffPrincipal someone : List.of(
                Staff.memberOf(AppRoles.PARTNER, 1L),
                Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD),
                Staff.partnershipWide(AppRoles.COORDINATOR))) {
            loginAs(someone);
            UI.getCurrent().navigate("admin/categories");
            assertThatThrownBy(() -> _find(CategoriesView.class))
                    .as(someone.displayName())
                    .hasMessageContaining("AccessDenied");
            UI.getCurrent().navigate("admin/places");
            assertThatThrownBy(() -> _find(PlacesView.class))
                    .as(someone.displayName())
                    .hasMessageContaining("AccessDenied");
        }
    }
}
