package uk.nowrongdoor.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.partner.domain.OrganisationTrustRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.Staff;

class OrganisationsViewTest extends AbstractUiTest {

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    OrganisationTrustRepository trust;

    @AfterEach
    void removeTestOrganisations() {
        organisations.findBySlug("test-ui-hall").ifPresent(o -> {
            trust.findByOrganisationId(o.getId()).ifPresent(trust::delete);
            organisations.delete(o);
        });
    }

    private Component addForm() {
        return _get(Button.class, spec -> spec.withText("Add organisation"))
                .getParent()
                .orElseThrow();
    }

    private Component card(String name) {
        return _get(H2.class, spec -> spec.withText(name)).getParent().orElseThrow();
    }

    @Test
    void an_admin_adds_an_organisation_and_its_card_shows_no_listings_no_partners_and_not_trusted() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);

        _setValue(_get(addForm(), TextField.class, spec -> spec.withLabel("Name")), "Test UI Hall");
        _setValue(
                _get(
                        addForm(),
                        TextField.class,
                        spec -> spec.withLabel("Website (a full address starting with https://)")),
                "https://hall.example.org");
        _click(_get(Button.class, spec -> spec.withText("Add organisation")));

        var card = card("Test UI Hall");
        assertThat(card.getElement().getTextRecursively())
                .contains(
                        "0 listings in the directory", "No partner editors yet.", "Website: https://hall.example.org");
        assertThat(_get(card, Checkbox.class, spec -> spec.withLabel("Trusted: its partners' edits publish at once"))
                        .getValue())
                .isFalse();
        assertThat(organisations.findBySlug("test-ui-hall")).isPresent();
    }

    @Test
    void an_address_that_is_not_a_website_is_refused_next_to_its_field_and_nothing_is_added() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);
        long before = organisations.count();

        _setValue(_get(addForm(), TextField.class, spec -> spec.withLabel("Name")), "Test UI Hall");
        var website = _get(
                addForm(), TextField.class, spec -> spec.withLabel("Website (a full address starting with https://)"));
        _setValue(website, "hall dot org");
        _click(_get(Button.class, spec -> spec.withText("Add organisation")));

        assertThat(website.isInvalid()).isTrue();
        assertThat(website.getErrorMessage()).isEqualTo("Enter a full web address starting with https://");
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void an_admin_marks_an_organisation_trusted_from_its_card() {
        loginAs("admin", AppRoles.ADMIN);
        organisations.save(new uk.nowrongdoor.directory.domain.Organisation("test-ui-hall", "Test UI Hall"));
        UI.getCurrent().navigate(OrganisationsView.class);
        var box = _get(
                card("Test UI Hall"),
                Checkbox.class,
                spec -> spec.withLabel("Trusted: its partners' edits publish at once"));

        _setValue(box, true);

        long id = organisations.findBySlug("test-ui-hall").orElseThrow().getId();
        assertThat(trust.findByOrganisationId(id).orElseThrow().isTrusted()).isTrue();
    }

    @Test
    void partners_leads_and_coordinators_may_not_open_the_organisations_screen() {
        long org = organisations.findAll().get(0).getId();
        for (StaffPrincipal someone : List.of(
                Staff.memberOf(AppRoles.PARTNER, org),
                Staff.partnershipWide(AppRoles.COMPLAINTS_LEAD),
                Staff.partnershipWide(AppRoles.COORDINATOR))) {
            loginAs(someone);
            UI.getCurrent().navigate("admin/organisations");
            assertThatThrownBy(() -> _find(OrganisationsView.class))
                    .as(someone.displayName())
                    .hasMessageContaining("AccessDenied");
        }
    }
}
