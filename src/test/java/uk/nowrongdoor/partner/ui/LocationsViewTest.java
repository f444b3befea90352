package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.ui.NotFoundView;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.partner.service.PartnerViews.Choice;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

/** The locations editor on a phone: location cards, the location form with its messages, and the way to moderation. */
class LocationsViewTest extends PartnerUiTest {

    private void openLocationsAsPartnerOfA() {
        openFromMyListingsAsPartnerOfA("Locations", "partner/locations/");
    }

    private static String text() {
        return _get(LocationsView.class).getElement().getTextRecursively();
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static void fillVenue(String postcode) {
        click("Add a location");
        _setValue(
                _get(RadioButtonGroup.class, spec -> spec.withLabel("What kind of place is it?")), LocationType.VENUE);
        _setValue(field("Name of the place (optional)"), "Vornish Hall");
        _setValue(field("Address line 1"), "1 Vornish Street");
        ComboBox<Choice> town = _get(ComboBox.class, spec -> spec.withLabel("Town or area"));
        _setValue(town, new Choice("rugby", "Rugby town"));
        _setValue(field("Postcode"), postcode);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Accessibility (optional)")), "Step-free entrance");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("How to find us (optional)")), "Blue door");
    }

    private long pendingRevisions() {
        return context.getBean(ListingRevisionRepository.class).findHistory(f.cafeA.getId()).stream()
                .filter(r -> r.getStatus() == RevisionStatus.PENDING)
                .count();
    }

    @Test
    void a_partner_adds_a_venue_as_a_card_and_an_admin_approves_it_field_by_field() {
        openLocationsAsPartnerOfA();
        assertThat(text()).contains("No locations");
        fillVenue("cv21 2aa");
        click("Add this location");
        assertThat(text()).contains("Vornish Hall (a place you can visit)", "1 Vornish Street, Rugby town, CV21 2AA");
        assertThat(pendingRevisions())
                .as("nothing sent before the partner says so")
                .isZero();
        click("Send for approval");
        assertThat(text()).contains("Sent. An admin will check these locations");
        assertThat(pendingRevisions()).isEqualTo(1);
        assertThat(f.reload(f.cafeA).getLocations()).isEmpty();

        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(_get(ModerationView.class).getElement().getTextRecursively())
                .contains("New location: Vornish Hall (a place you can visit)", "Postcode: CV21 2AA");
        _click(_get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Approve the change to Vornish Alpha Crisis Café")));
        assertThat(f.reload(f.cafeA).getLocations()).singleElement().satisfies(l -> assertThat(l.getPostcode())
                .isEqualTo("CV21 2AA"));
    }

    @Test
    void a_trusted_partner_marks_a_venue_sensitive_and_it_publishes_at_once() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        context.getBean(ModerationService.class).setTrusted(f.orgA.getId(), true);
        Staff.signOut();
        openLocationsAsPartnerOfA();
        fillVenue("CV21 2AA");
        click("Add this location");
        click("Send for approval");
        assertThat(text()).contains("Saved and published.");

        _click(_get(
                Button.class, spec -> spec.withAttribute("aria-label", "Change Vornish Hall (a place you can visit)")));
        _setValue(
                _get(
                        Checkbox.class,
                        spec -> spec.withLabel(
                                "Sensitive address (a refuge, say): the public never sees its name, street or exact point")),
                true);
        click("Save this location");
        click("Send for approval");

        assertThat(text()).contains("Saved and published.", "Sensitive address: the public sees only the town");
        assertThat(f.reload(f.cafeA).getLocations()).singleElement().satisfies(l -> assertThat(l.isSensitive())
                .isTrue());
    }

    @Test
    void a_half_postcode_shows_its_message_next_to_the_postcode_and_nothing_is_added() {
        openLocationsAsPartnerOfA();
        fillVenue("CV21");
        click("Add this location");
        assertThat(field("Postcode").isInvalid()).isTrue();
        assertThat(field("Postcode").getErrorMessage()).isEqualTo("Enter a full postcode, like CV1 2AB");
        assertThat(text()).doesNotContain("is on the list");
        _setValue(field("Postcode"), "CV21 2AA");
        click("Add this location");
        assertThat(text()).contains("is on the list");
    }

    @Test
    void a_partner_cannot_open_another_organisations_locations_by_its_id() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        UI.getCurrent().navigate(LocationsView.class, f.cafeB.getId());
        _get(NotFoundView.class);
        assertThat(_find(LocationsView.class)).isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_and_a_coordinator_is_refused() {
        UI.getCurrent().navigate("partner/locations/" + f.cafeA.getId());
        _get(LoginView.class);
        assertThat(_find(LocationsView.class)).isEmpty();
        loginAs("coordinator", AppRoles.COORDINATOR);
        UI.getCurrent().navigate("partner/locations/" + f.cafeA.getId());
        assertThatThrownBy(() -> _find(LocationsView.class)).hasMessageContaining("AccessDenied");
    }
}
