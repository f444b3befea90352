package uk.nowrongdoor.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING_ORGANISATION;
import static uk.nowrongdoor.referral.service.ReferralFixtures.validRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.referral.service.ReferralService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.ReceivingTeams;
import uk.nowrongdoor.testsupport.Staff;

/** The inbox, the referral screen and the admins' access record, as each role sees them. */
class ReferralInboxViewTest extends AbstractUiTest {

    @Autowired
    ReferralService referrals;

    @Autowired
    SelfReferralRepository stored;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    StaffPrincipal partner;
    Receipt receipt;
    long id;

    @BeforeEach
    void aReferralWaitingAtRethink() {
        ReceivingTeams.ensure(context, ACCEPTING_ORGANISATION);
        partner = Staff.memberOf(
                AppRoles.PARTNER,
                organisations.findBySlug(ACCEPTING_ORGANISATION).orElseThrow().getId());
        receipt = referrals.submitSelfReferral(ACCEPTING, validRequest(), "203.0.113." + UUID.randomUUID());
        id = stored.findByReference(receipt.reference()).orElseThrow().getId();
    }

    @AfterEach
    void cleanUp() {
        stored.deleteAll();
        rateLimiter.reset();
    }

    private static String inboxText() {
        return _get(ReferralInboxView.class).getElement().getTextRecursively();
    }

    @Test
    void a_partner_sees_their_organisations_referral_as_a_card_without_personal_details() {
        loginAs(partner);
        UI.getCurrent().navigate(ReferralInboxView.class);

        var card = _get(Div.class, spec -> spec.withClasses("nwd-referral-card"));
        assertThat(card.getElement().getTextRecursively())
                .contains("Referral " + receipt.reference(), "New", "First contact target 24 hours")
                .doesNotContain("Sam", "07700", "feeling low");
        assertThat(inboxText()).doesNotContain("Coordinators' queue");
    }

    @Test
    void the_referral_screen_shows_safe_contact_first_and_marks_it_contacted() {
        loginAs(partner);
        UI.getCurrent().navigate("staff/referrals/" + id);

        String page = _get(ReferralDetailView.class).getElement().getTextRecursively();
        assertThat(page).contains("Contact them safely", "Yes, you may leave a voicemail", "Weekday mornings");
        assertThat(page.indexOf("Contact them safely")).isLessThan(page.indexOf("What they asked for"));
        assertThat(page.indexOf("Contact them safely")).isLessThan(page.indexOf("What next"));
        assertThat(page).doesNotContain("Reject");

        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Note for the history (needed when you pass it on)")),
                "Left no message, as asked");
        _click(_get(Button.class, spec -> spec.withText("Mark as contacted")));

        page = _get(ReferralDetailView.class).getElement().getTextRecursively();
        assertThat(page).contains("Marked contacted", "Note: Left no message, as asked");
        assertThat(_find(Button.class, spec -> spec.withText("Mark as contacted")))
                .isEmpty();
        var status = referrals
                .checkStatus(receipt.reference(), receipt.statusCode(), "203.0.113.41")
                .orElseThrow();
        assertThat(status.explanation()).startsWith("Contacted on");
    }

    @Test
    void the_persons_status_page_shows_the_status_in_plain_words_and_never_the_notes() {
        loginAs(partner);
        UI.getCurrent().navigate("staff/referrals/" + id);
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Note for the history (needed when you pass it on)")),
                "Internal: sounded tired");
        _click(_get(Button.class, spec -> spec.withText("Mark as contacted")));
        logout();

        // the link carries the reference only; the person types the code
        UI.getCurrent().navigate("referral-status", QueryParameters.simple(Map.of("ref", receipt.reference())));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Status code")), receipt.statusCode());
        _click(_get(Button.class, spec -> spec.withText("Check status")));

        assertThat(_get(ReferralStatusView.class).getElement().getTextRecursively())
                .contains("Contacted on", "The service has been in touch with you")
                .doesNotContain("sounded tired", "Internal");
    }

    @Test
    void passing_it_to_the_coordinators_takes_it_out_of_the_partners_inbox() {
        loginAs(partner);
        UI.getCurrent().navigate("staff/referrals/" + id);
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Note for the history (needed when you pass it on)")),
                "Needs housing advice, not us");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> where = _get(RadioButtonGroup.class, spec -> spec.withLabel("Where should it go?"));
        _setValue(where, ReferralActions.COORDINATORS);
        _click(_get(Button.class, spec -> spec.withText("Pass it on")));

        _get(ReferralInboxView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("nwd-referral-card")))
                .isEmpty();
        logout();

        loginAs(Staff.partnershipWide(AppRoles.COORDINATOR));
        UI.getCurrent().navigate(ReferralInboxView.class);
        assertThat(inboxText()).contains("Coordinators' queue (1)", "Referral " + receipt.reference());
    }

    @Test
    void a_partner_of_another_organisation_cannot_open_it_by_its_address() {
        long carers =
                organisations.findBySlug("coventry-carers-centre").orElseThrow().getId();
        loginAs(Staff.memberOf(AppRoles.PARTNER, carers));

        UI.getCurrent().navigate("staff/referrals/" + id);

        assertThat(_get(ReferralDetailView.class).getElement().getTextRecursively())
                .contains(ReferralDetailView.NOT_YOURS)
                .doesNotContain("Sam", "07700", receipt.reference());
        UI.getCurrent().navigate(ReferralInboxView.class);
        assertThat(inboxText()).doesNotContain(receipt.reference());
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("staff/referrals");
        _get(LoginView.class);
        UI.getCurrent().navigate("staff/referrals/" + id);
        _get(LoginView.class);
        assertThat(_find(ReferralDetailView.class)).isEmpty();
    }

    @Test
    void a_complaints_lead_may_not_open_the_inbox_or_a_referral() {
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        // Karibu 2.5 reports the denied navigation as an error instead of rendering the error view
        UI.getCurrent().navigate("staff/referrals");
        assertThatThrownBy(() -> _find(ReferralInboxView.class)).hasMessageContaining("AccessDenied");
    }

    @Test
    void an_admin_sees_who_opened_which_referral_and_partners_may_not() {
        loginAs(partner);
        UI.getCurrent().navigate("staff/referrals/" + id);
        logout();

        loginAs(Staff.principal("admin", Set.of(AppRoles.ADMIN), Set.of()));
        UI.getCurrent().navigate(ReferralAccessView.class);
        assertThat(_get(ReferralAccessView.class).getElement().getTextRecursively())
                .contains("Referral " + receipt.reference(), partner.email())
                .doesNotContain("Sam", "07700");
        logout();

        loginAs(partner);
        UI.getCurrent().navigate("admin/referral-access");
        assertThatThrownBy(() -> _find(ReferralAccessView.class)).hasMessageContaining("AccessDenied");
    }
}
