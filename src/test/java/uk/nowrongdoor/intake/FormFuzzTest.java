package uk.nowrongdoor.intake;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.feedback.domain.EqualityMonitoringRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.service.FeedbackSubject;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.domain.ForWhom;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.referral.service.ReferralFixtures;
import uk.nowrongdoor.testsupport.AbstractUiTest;

/**
 * Types every nasty input into every text field of both forms, through the UI, and sends: no server error, and the
 * page never contains an element that the input could have made (markup is only ever shown as text).
 */
class FormFuzzTest extends AbstractUiTest {

    @org.junit.jupiter.api.BeforeEach
    void theListingsOrganisationHasAReceivingTeam() {
        uk.nowrongdoor.testsupport.ReceivingTeams.ensure(
                context, uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING_ORGANISATION);
    }

    private static final Set<String> DANGEROUS = Set.of("script", "img", "svg", "iframe", "object", "embed");

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    EqualityMonitoringRepository equality;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    SelfReferralRepository referrals;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @AfterEach
    void cleanUp() {
        feedback.deleteAll();
        equality.deleteAll();
        outbox.deleteAll();
        referrals.deleteAll();
        rateLimiter.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_feedback_form_takes_nasty_input_in_every_field_without_error_or_markup() {
        for (String input : NastyInput.ALL) {
            rateLimiter.reset();
            UI.getCurrent().navigate("feedback");
            _setValue(
                    _get(RadioButtonGroup.class, s -> s.withLabel("What would you like to tell us?")),
                    FeedbackKind.COMPLAINT);
            _setValue(_get(ComboBox.class, s -> s.withLabel("Who is it about?")), FeedbackSubject.NOT_SURE);
            fillEveryTextField(input);
            _click(_get(Button.class, s -> s.withText("Send")));
            assertSafePage();
            String heading = _get(H1.class).getText();
            assertThat(heading).isIn("Feedback sent", "Give feedback or make a complaint");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_self_referral_journey_takes_nasty_input_in_every_field_without_error_or_markup() {
        for (String input : NastyInput.ALL) {
            rateLimiter.reset();
            UI.getCurrent().navigate("refer/" + ReferralFixtures.ACCEPTING);
            _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Who is this for?")), ForWhom.ME);
            next();
            _setValue(_get(RadioButtonGroup.class, s -> s.withLabel("Are you safe right now?")), SafeNow.YES);
            next();
            fillEveryTextField(input);
            if (!next()) {
                _setValue(_get(TextArea.class), "Someone to talk to");
                next();
            }
            _setValue(
                    _get(RadioButtonGroup.class, s -> s.withLabel("How should they contact you?")),
                    ContactMethod.PHONE);
            fillEveryTextField(input);
            if (!next()) {
                _setValue(_get(TextField.class, s -> s.withLabel("What should they call you?")), "Sam");
                _setValue(_get(TextField.class, s -> s.withLabel("Phone number")), "07700 900982");
                _setValue(
                        _get(
                                TextField.class,
                                s -> s.withLabel("When is it safe and convenient to contact you? (optional)")),
                        "");
                assertThat(next()).isTrue();
            }
            fillEveryTextField(input);
            if (!next()) {
                fillEveryTextField("");
                assertThat(next()).isTrue();
            }
            _setValue(
                    _get(
                            Checkbox.class,
                            s -> s.withLabel("I agree that you can send my answers to Rethink Mental Illness")),
                    true);
            assertThat(next()).isTrue();
            assertSafePage();
            _click(_get(Button.class, s -> s.withText("Accept and send")));
            assertSafePage();
            assertThat(_get(H1.class).getText()).isEqualTo("Request sent");
        }
    }

    /** Clicks Continue; true when the journey moved on to another page. */
    private static boolean next() {
        String before = _get(H1.class).getText();
        _click(_get(Button.class, s -> s.withText("Continue")));
        assertSafePage();
        return !_get(H1.class).getText().equals(before);
    }

    private static void fillEveryTextField(String input) {
        _find(TextField.class).stream().filter(f -> !f.hasClassName("nwd-hp")).forEach(f -> _setValue(f, input));
        _find(TextArea.class).forEach(f -> _setValue(f, input));
        _find(EmailField.class).forEach(f -> _setValue(f, input));
    }

    private static void assertSafePage() {
        assertThat(_find(Html.class)).isEmpty();
        assertThat(descendants(UI.getCurrent().getElement()).map(Element::getTag))
                .doesNotContainAnyElementsOf(DANGEROUS);
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(FormFuzzTest::descendants));
    }
}
