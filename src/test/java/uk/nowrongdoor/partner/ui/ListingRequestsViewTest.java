package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.ui.NotFoundView;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

/** Adding a listing and asking for one to be withdrawn, from "My listings" to the admin's decision. */
class ListingRequestsViewTest extends PartnerUiTest {

    @AfterEach
    void removeFixtures() {
        context.getBean(ListingRepository.class)
                .findBySlug("vornish-listening-circle")
                .ifPresent(l -> f.track(l.getId()));
    }

    private void loginAsPartnerOfA() {
        loginAs(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
    }

    private static String text(Class<? extends com.vaadin.flow.component.Component> view) {
        return _get(view).getElement().getTextRecursively();
    }

    @Test
    void a_partner_adds_a_listing_that_waits_for_an_admin_and_is_public_once_approved() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(MyListingsView.class);
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText("Add a listing"))
                        .getHref());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Vornish Listening Circle");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Summary")), "A weekly peer support group");
        _click(_get(Button.class, spec -> spec.withText("Send for approval")));
        assertThat(text(AddListingView.class)).contains("\"Vornish Listening Circle\" is waiting for an admin");

        UI.getCurrent().navigate(MyListingsView.class);
        assertThat(text(MyListingsView.class))
                .contains("Vornish Listening Circle", "New listing: not public until an admin approves it.");
        UI.getCurrent().navigate("listing/vornish-listening-circle");
        _get(NotFoundView.class);

        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(text(ModerationView.class))
                .contains(
                        "New listing", "Vornish Listening Circle (not public yet)", "New: A weekly peer support group");
        _click(_get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Approve New listing: Vornish Listening Circle")));
        assertThat(context.getBean(ListingRepository.class)
                        .findBySlug("vornish-listening-circle")
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(ListingStatus.ACTIVE);
    }

    @Test
    void a_new_listing_without_a_name_shows_the_message_next_to_the_field() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(AddListingView.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Summary")), "A weekly peer support group");
        _click(_get(Button.class, spec -> spec.withText("Send for approval")));
        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the name of the service");
        assertThat(text(AddListingView.class)).doesNotContain("is waiting for an admin");
    }

    @Test
    void a_partner_asks_to_withdraw_a_listing_and_once_an_admin_approves_its_page_is_gone() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(MyListingsView.class);
        var link = _get(RouterLink.class, spec -> spec.withText("Ask to withdraw"));
        assertThat(link.getHref()).isEqualTo("partner/withdraw/" + f.cafeA.getId());
        UI.getCurrent().navigate(link.getHref());
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Why should it be withdrawn? (optional)")),
                "The café closed in October");
        _click(_get(Button.class, spec -> spec.withText("Ask to withdraw")));
        assertThat(text(WithdrawListingView.class)).contains("Sent. An admin will take");

        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(text(ModerationView.class))
                .contains("Withdraw this listing", "Their reason: The café closed in October");
        _click(_get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Approve Withdraw this listing: Vornish Alpha Crisis Café")));
        assertThat(f.reload(f.cafeA).getStatus()).isEqualTo(ListingStatus.DEFUNCT);
        UI.getCurrent().navigate("listing/vornish-cafe-a");
        _get(NotFoundView.class);
    }

    @Test
    void asking_twice_shows_the_message_next_to_the_reason() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(WithdrawListingView.class, f.cafeA.getId());
        _click(_get(Button.class, spec -> spec.withText("Ask to withdraw")));
        UI.getCurrent().navigate(WithdrawListingView.class, f.cafeA.getId());
        _click(_get(Button.class, spec -> spec.withText("Ask to withdraw")));
        var reason = _get(TextArea.class, spec -> spec.withLabel("Why should it be withdrawn? (optional)"));
        assertThat(reason.getErrorMessage()).isEqualTo("You have already asked for this listing to be withdrawn");
    }

    @Test
    void a_partner_cannot_ask_to_withdraw_another_organisations_listing_by_its_id() {
        loginAsPartnerOfA();
        UI.getCurrent().navigate(WithdrawListingView.class, f.cafeB.getId());
        _get(NotFoundView.class);
        assertThat(_find(WithdrawListingView.class)).isEmpty();
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_and_a_coordinator_is_refused_adding_a_listing() {
        UI.getCurrent().navigate("partner/new");
        _get(LoginView.class);
        assertThat(_find(AddListingView.class)).isEmpty();
        loginAs("coordinator", AppRoles.COORDINATOR);
        UI.getCurrent().navigate("partner/new");
        assertThatThrownBy(() -> _find(AddListingView.class)).hasMessageContaining("AccessDenied");
    }
}
