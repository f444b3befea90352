package uk.nowrongdoor.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING;
import static uk.nowrongdoor.referral.service.ReferralFixtures.NOT_ACCEPTING;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.intake.ui.ClientAddress;
import uk.nowrongdoor.intake.ui.RiskNotice;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.domain.ForWhom;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.referral.service.ReferralService;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class ReferralViewTest extends AbstractUiTest {

    @org.junit.jupiter.api.BeforeEach
    void theListingsOrganisationHasAReceivingTeam() {
        uk.nowrongdoor.testsupport.ReceivingTeams.ensure(
                context, uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING_ORGANISATION);
    }

    @Autowired
    SelfReferralRepository referrals;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Autowired
    uk.nowrongdoor.intake.service.StatusLookupLimiter lookupLimiter;

    @Autowired
    ReferralService service;

    @AfterEach
    void cleanUp() {
        referrals.deleteAll();
        rateLimiter.reset();
        lookupLimiter.reset();
    }

    private static String pageText() {
        return _get(com.vaadin.flow.component.html.Main.class).getElement().getTextRecursively();
    }

    private static String heading() {
        return _get(H1.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static void continueOn() {
        _click(_get(Button.class, spec -> spec.withText("Continue")));
    }

    private static void answerUpToCheckAnswers(String help) {
        _setValue(radio("Who is this for?"), ForWhom.ME);
        continueOn();
        _setValue(radio("Are you safe right now?"), SafeNow.YES);
        continueOn();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("In your own words, what help would you like?")), help);
        continueOn();
        _setValue(_get(TextField.class, spec -> spec.withLabel("What should they call you?")), "Sam");
        _setValue(radio("How should they contact you?"), ContactMethod.PHONE);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Phone number")), "07700 900982");
        continueOn();
        continueOn(); // "About you" is optional
        _setValue(
                _get(
                        Checkbox.class,
                        spec -> spec.withLabel("I agree that you can send my answers to Rethink Mental Illness")),
                true);
        continueOn();
    }

    @Test
    void the_first_step_asks_who_the_help_is_for() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        assertThat(heading()).isEqualTo("Who are you asking for help for?");
        _get(Button.class, spec -> spec.withText("Back"));
    }

    @Test
    void continuing_without_an_answer_shows_a_message_next_to_the_field_and_stays_on_the_step() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        continueOn();
        RadioButtonGroup<ForWhom> who = radio("Who is this for?");
        assertThat(who.isInvalid()).isTrue();
        assertThat(who.getErrorMessage()).isEqualTo("Select who you are asking for help for");
        assertThat(heading()).isEqualTo("Who are you asking for help for?");
    }

    @Test
    void someone_else_needs_their_agreement_before_continuing() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        _setValue(radio("Who is this for?"), ForWhom.SOMEONE_I_CARE_FOR);
        continueOn();
        var consents = _get(Checkbox.class, spec -> spec.withLabel("They know I am asking and they agree"));
        assertThat(consents.isInvalid()).isTrue();
        _setValue(consents, true);
        continueOn();
        assertThat(heading()).isEqualTo("Are you safe right now?");
    }

    @Test
    void choosing_a_phone_call_without_a_number_shows_a_message_next_to_the_phone_field() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        _setValue(radio("Who is this for?"), ForWhom.ME);
        continueOn();
        _setValue(radio("Are you safe right now?"), SafeNow.YES);
        continueOn();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("In your own words, what help would you like?")), "Help");
        continueOn();
        _setValue(_get(TextField.class, spec -> spec.withLabel("What should they call you?")), "Sam");
        _setValue(radio("How should they contact you?"), ContactMethod.PHONE);
        continueOn();
        var phone = _get(TextField.class, spec -> spec.withLabel("Phone number"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Enter the phone number the service should use");
        assertThat(phone.getElement().getAttribute("autocomplete")).isEqualTo("tel");
        _setValue(radio("How should they contact you?"), ContactMethod.EMAIL);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Phone number")))
                .isEmpty();
    }

    @Test
    void the_about_you_step_can_be_skipped() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        answerUpToCheckAnswers("Someone to talk to, please");
        assertThat(pageText()).contains("Anything else", "Not given");
    }

    @Test
    void the_back_link_returns_to_the_previous_question() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        _setValue(radio("Who is this for?"), ForWhom.ME);
        continueOn();
        _click(_get(Button.class, spec -> spec.withText("Back")));
        assertThat(heading()).isEqualTo("Who are you asking for help for?");
        assertThat(radio("Who is this for?").getValue()).isEqualTo(ForWhom.ME);
    }

    @Test
    void answering_not_safe_shows_the_crisis_card_at_once_and_says_the_form_is_not_monitored() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        _setValue(radio("Who is this for?"), ForWhom.ME);
        continueOn();
        assertThat(_find(RiskNotice.class)).isEmpty();
        _setValue(radio("Are you safe right now?"), SafeNow.NO);
        var notice = _get(RiskNotice.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getElement().getTextRecursively()).contains(RiskNotice.NOT_MONITORED, "999");
        // the national lines describe "urgent mental health help"; the form itself never promises an urgent reply
        assertThat(notice.getElement().getTextRecursively().toLowerCase())
                .doesNotContain("urgent response", "respond urgently", "reply urgently", "we will call you");
    }

    @Test
    void a_risk_phrase_in_the_help_text_shows_the_crisis_card() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        _setValue(radio("Who is this for?"), ForWhom.ME);
        continueOn();
        _setValue(radio("Are you safe right now?"), SafeNow.RATHER_NOT_SAY);
        continueOn();
        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("In your own words, what help would you like?")),
                "I keep thinking I want to end my life");
        assertThat(_get(RiskNotice.class).isVisible()).isTrue();
    }

    @Test
    void check_your_answers_then_send_shows_the_reference_only_after_it_is_stored() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        answerUpToCheckAnswers("Someone to talk to, please");
        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(referrals.count()).isZero();

        _click(_get(Button.class, spec -> spec.withText("Accept and send")));

        assertThat(heading()).isEqualTo("Request sent");
        String reference =
                _get(Span.class, spec -> spec.withClasses("nwd-reference")).getText();
        String code =
                _get(Span.class, spec -> spec.withClasses("nwd-status-code")).getText();
        assertThat(code).matches("\\w{6}");
        assertThat(referrals.findByReference(reference)).isPresent();
        assertThat(_get(Anchor.class, spec -> spec.withText("Check the progress of your request"))
                        .getHref())
                .as("the link carries the reference only; the code is typed")
                .isEqualTo("referral-status?ref=" + reference);
    }

    @Test
    void a_change_link_on_check_your_answers_goes_back_to_that_question() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        answerUpToCheckAnswers("Someone to talk to, please");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Change help you would like")));
        assertThat(heading()).isEqualTo("What help would you like?");
    }

    @Test
    void when_the_service_refuses_the_person_sees_why_and_keeps_their_answers() {
        UI.getCurrent().navigate("refer/" + ACCEPTING);
        answerUpToCheckAnswers("Someone to talk to, please");
        for (int i = 0; i < 5; i++) {
            rateLimiter.consume(ClientAddress.current());
        }
        _click(_get(Button.class, spec -> spec.withText("Accept and send")));

        assertThat(heading()).isEqualTo("Check your answers before sending");
        assertThat(pageText())
                .contains("There is a problem", SubmissionRateLimiter.TOO_MANY, "Someone to talk to, please");
        assertThat(_get(Button.class, spec -> spec.withText("Accept and send")).isEnabled())
                .isTrue();
        assertThat(referrals.count()).isZero();
    }

    @Test
    void a_listing_that_does_not_take_self_referrals_explains_and_links_onward() {
        UI.getCurrent().navigate("refer/" + NOT_ACCEPTING);
        _assertNone(RadioButtonGroup.class);
        _get(Anchor.class, spec -> spec.withText("Search for services"));
        assertThat(pageText()).contains("NHS 111");
    }

    @Test
    void the_status_page_shows_progress_for_the_right_reference_and_code_only() {
        var receipt = service.submitSelfReferral(
                ACCEPTING, uk.nowrongdoor.referral.service.ReferralFixtures.validRequest(), "192.0.2.50");
        UI.getCurrent().navigate("referral-status");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reference number")), receipt.reference());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Status code")), "WRONG9");
        _click(_get(Button.class, spec -> spec.withText("Check status")));
        assertThat(pageText()).contains("We could not find anything");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Status code")), receipt.statusCode());
        _click(_get(Button.class, spec -> spec.withText("Check status")));
        assertThat(pageText()).contains("Sent to the service").doesNotContain("feeling low");
    }
}
