package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.ui.ListingView;
import uk.nowrongdoor.directory.ui.NotFoundView;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.NoticeKind;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

class PartnerPortalViewTest extends PartnerUiTest {

    private void loginAsPartnerOfA() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
    }

    private static String text(Class<? extends com.vaadin.flow.component.Component> view) {
        return _get(view).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<NoticeKind> kind() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("What has changed?"));
    }

    // My listings --------------------------------------------------------------------------------------------------

    @Test
    void my_listings_shows_only_my_organisations_listings_as_never_checked() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(MyListingsView.class);
        assertThat(text(MyListingsView.class))
                .contains("Vornish Alpha Crisis Café", "Never checked")
                .doesNotContain("Vornish Beta");
    }

    @Test
    void one_tap_on_still_accurate_sets_last_checked_and_the_public_page_shows_it() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(MyListingsView.class);
        _click(_get(Button.class, spec -> spec.withText("Still accurate")));
        LocalDate today = LocalDate.now(Application.LONDON);
        assertThat(f.reload(f.cafeA).getLastChecked()).isEqualTo(today);
        assertThat(text(MyListingsView.class)).contains("Last checked " + MyListingsView.DATE.format(today));

        UI.getCurrent().navigate("listing/vornish-cafe-a");
        assertThat(text(ListingView.class)).contains("Last checked by the service on");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_my_listings() {
        UI.getCurrent().navigate("partner/listings");
        _get(LoginView.class);
        assertThat(_find(MyListingsView.class)).isEmpty();
    }

    @Test
    void a_coordinator_may_not_open_my_listings() {
        loginAs("coordinator", AppRoles.COORDINATOR);
        UI.getCurrent().navigate("partner/listings");
        assertThatThrownBy(() -> _find(MyListingsView.class)).hasMessageContaining("AccessDenied");
    }

    // Notices ------------------------------------------------------------------------------------------------------

    @Test
    void a_partner_marks_the_cafe_closed_today_and_the_public_page_shows_it_at_once() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(MyListingsView.class);
        var link = _get(RouterLink.class, spec -> spec.withText("Add a notice"));
        assertThat(link.getHref()).isEqualTo("partner/notices/" + f.cafeA.getId());
        UI.getCurrent().navigate(link.getHref());
        _setValue(kind(), NoticeKind.CLOSED);
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Message (optional for a closure or extra session)")),
                "Staff training");
        _click(_get(Button.class, spec -> spec.withText("Publish now")));

        assertThat(text(NoticeView.class)).contains("Closed on ", "Staff training", "Until ");
        assertThat(f.reload(f.cafeA).getExceptions()).hasSize(1);

        UI.getCurrent().navigate("listing/vornish-cafe-a");
        assertThat(text(ListingView.class)).contains("Staff training");

        UI.getCurrent().navigate(NoticeView.class, f.cafeA.getId());
        _click(_get(Button.class, spec -> spec.withText("Withdraw")));
        assertThat(text(NoticeView.class)).contains("No notice is showing.");
        assertThat(f.reload(f.cafeA).getExceptions()).isEmpty();
    }

    @Test
    void a_notice_without_what_it_needs_is_not_published() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(NoticeView.class, f.cafeA.getId());
        _setValue(kind(), NoticeKind.OTHER);
        _click(_get(Button.class, spec -> spec.withText("Publish now")));
        var message = _get(TextArea.class, spec -> spec.withLabel("Message (optional for a closure or extra session)"));
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("Write what people need to know");

        _setValue(kind(), NoticeKind.CLOSED);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), null);
        _click(_get(Button.class, spec -> spec.withText("Publish now")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Date")).getErrorMessage())
                .isEqualTo("Choose the date");
        assertThat(text(NoticeView.class)).contains("No notice is showing.");
    }

    @Test
    void a_partner_cannot_open_another_organisations_notices_by_its_id() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(NoticeView.class, f.cafeB.getId());
        _get(NotFoundView.class);
        assertThat(_find(NoticeView.class)).isEmpty();
    }

    // Edit details -------------------------------------------------------------------------------------------------

    @Test
    void an_edit_is_saved_as_a_pending_revision_and_shown_in_the_history() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(EditListingView.class, f.cafeA.getId());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Summary")), "Evening crisis café, just drop in");
        @SuppressWarnings("unchecked")
        CheckboxGroup<AccessMethod> access = _get(CheckboxGroup.class, spec -> spec.withLabel("How to get in"));
        _setValue(access, Set.of(AccessMethod.DROP_IN));
        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        var revisions = context.getBean(ListingRevisionRepository.class).findHistory(f.cafeA.getId());
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(RevisionStatus.PENDING);
            assertThat(r.getChanges()).hasSize(2);
        });
        assertThat(f.reload(f.cafeA).getSummary()).isEqualTo("Evening crisis café");
        assertThat(text(EditListingView.class))
                .contains("Waiting for an admin", "New: Evening crisis café, just drop in", "New: Drop in");
    }

    @Test
    void ticking_bsl_and_how_it_is_offered_saves_them_in_the_revision() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(EditListingView.class, f.cafeA.getId());
        @SuppressWarnings("unchecked")
        CheckboxGroup<uk.nowrongdoor.directory.domain.DeliveryMode> delivery =
                _get(CheckboxGroup.class, spec -> spec.withLabel("How it is offered"));
        _setValue(delivery, Set.of(uk.nowrongdoor.directory.domain.DeliveryMode.IN_PERSON));
        _setValue(
                _get(
                        com.vaadin.flow.component.checkbox.Checkbox.class,
                        spec -> spec.withLabel("British Sign Language (BSL) users are supported")),
                true);
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(text(EditListingView.class))
                .contains("Waiting for an admin", "New: In person", "British Sign Language (BSL) users are supported");
        assertThat(context.getBean(ListingRevisionRepository.class).findHistory(f.cafeA.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getChanges()).hasSize(2));
    }

    @Test
    void an_invalid_email_or_age_is_shown_next_to_the_field_and_nothing_is_saved() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(EditListingView.class, f.cafeA.getId());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Email")), "not an address");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Youngest age")), "old");
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Email")).getErrorMessage())
                .contains("email address");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Youngest age")).getErrorMessage())
                .contains("whole number");
        assertThat(context.getBean(ListingRevisionRepository.class).findHistory(f.cafeA.getId()))
                .isEmpty();
    }

    @Test
    void a_partner_cannot_open_another_organisations_listing_for_editing() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(EditListingView.class, f.cafeB.getId());
        _get(NotFoundView.class);
        assertThat(_find(EditListingView.class)).isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_editing() {
        UI.getCurrent().navigate("partner/edit/" + f.cafeA.getId());
        _get(LoginView.class);
    }
}
