package uk.nowrongdoor.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.feedback.domain.EqualityMonitoringRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.Gender;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.feedback.service.FeedbackSubject;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;
import uk.nowrongdoor.intake.ui.ClientAddress;
import uk.nowrongdoor.intake.ui.RiskNotice;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class FeedbackViewTest extends AbstractUiTest {

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    EqualityMonitoringRepository equality;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Autowired
    uk.nowrongdoor.intake.service.StatusLookupLimiter lookupLimiter;

    @Autowired
    FeedbackService service;

    @AfterEach
    void cleanUp() {
        feedback.deleteAll();
        equality.deleteAll();
        outbox.deleteAll();
        rateLimiter.reset();
        lookupLimiter.reset();
    }

    private static String pageText() {
        return _get(Main.class).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static void fillComplaint(String email) {
        _setValue(radio("What would you like to tell us?"), FeedbackKind.COMPLAINT);
        ComboBox<FeedbackSubject> subject = _get(ComboBox.class, spec -> spec.withLabel("Who is it about?"));
        _setValue(subject, FeedbackSubject.NOT_SURE);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened?")), "Nobody called me back.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What would you like to happen?")), "A call back");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Alex");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), email);
    }

    private static void send() {
        _click(_get(Button.class, spec -> spec.withText("Send")));
    }

    @Test
    void the_feedback_page_opens_from_the_footer_link_and_shows_the_time_limits() {
        UI.getCurrent().navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withText("Give feedback or make a complaint"))
                        .getHref())
                .isEqualTo("feedback");
        UI.getCurrent().navigate(FeedbackView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Give feedback or make a complaint");
        assertThat(pageText()).contains("within 12 months", "within 3 working days");
    }

    @Test
    void sending_an_empty_form_shows_messages_next_to_the_fields_and_stores_nothing() {
        UI.getCurrent().navigate(FeedbackView.class);
        send();
        RadioButtonGroup<FeedbackKind> kind = radio("What would you like to tell us?");
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("Select what kind of feedback this is");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What happened?"))
                        .getErrorMessage())
                .isEqualTo("Tell us what happened");
        assertThat(pageText()).contains("There is a problem");
        assertThat(feedback.count()).isZero();
    }

    @Test
    void a_named_complaint_is_confirmed_with_a_reference_after_it_is_stored() {
        UI.getCurrent().navigate(FeedbackView.class);
        String email = "alex-" + UUID.randomUUID() + "@example.com";
        fillComplaint(email);
        send();

        assertThat(_get(H1.class).getText()).isEqualTo("Feedback sent");
        String reference =
                _get(Span.class, spec -> spec.withClasses("nwd-reference")).getText();
        assertThat(feedback.findByReference(reference)).isPresent();
        assertThat(outbox.findByTo(email)).hasSize(1);
        assertThat(pageText()).contains("We will acknowledge it by", "does not include what you wrote");
    }

    @Test
    void a_complaint_without_the_outcome_wanted_is_refused_next_to_that_field() {
        UI.getCurrent().navigate(FeedbackView.class);
        fillComplaint("alex@example.com");
        var outcome = _get(TextArea.class, spec -> spec.withLabel("What would you like to happen?"));
        _setValue(outcome, "");
        send();
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(feedback.count()).isZero();
    }

    @Test
    void sending_without_a_name_hides_contact_fields_and_says_no_updates_can_be_sent() {
        UI.getCurrent().navigate(FeedbackView.class);
        _setValue(radio("What would you like to tell us?"), FeedbackKind.COMPLIMENT);
        assertThat(_find(TextArea.class, spec -> spec.withLabel("What would you like to happen?")))
                .isEmpty();
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Who is it about?")), FeedbackSubject.PARTNERSHIP);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened?")), "Thank you.");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Send this without my name")), true);
        assertThat(_find(TextField.class, spec -> spec.withLabel("Your name"))).isEmpty();
        send();

        assertThat(_get(H1.class).getText()).isEqualTo("Feedback sent");
        assertThat(pageText()).contains("we cannot reply to you").doesNotContain("We will acknowledge it by");
        assertThat(outbox.count()).isZero();
    }

    @Test
    void answering_not_safe_shows_the_crisis_card_at_once() {
        UI.getCurrent().navigate(FeedbackView.class);
        _setValue(radio("Are you safe right now? (optional)"), SafeNow.NO);
        assertThat(_get(RiskNotice.class).getElement().getTextRecursively()).contains(RiskNotice.NOT_MONITORED);
    }

    @Test
    void a_risk_phrase_in_what_happened_shows_the_crisis_card_and_flags_the_item() {
        UI.getCurrent().navigate(FeedbackView.class);
        fillComplaint("alex@example.com");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("What happened?")), "Nobody called and I felt suicidal.");
        assertThat(_find(RiskNotice.class)).hasSize(1);
        send();
        String reference =
                _get(Span.class, spec -> spec.withClasses("nwd-reference")).getText();
        assertThat(feedback.findByReference(reference).orElseThrow().isUrgent()).isTrue();
        assertThat(_find(RiskNotice.class)).hasSize(1);
    }

    @Test
    void equality_answers_are_optional_and_stored_apart() {
        UI.getCurrent().navigate(FeedbackView.class);
        fillComplaint("alex@example.com");
        _setValue(radio("Gender (optional)"), Gender.PREFER_NOT_TO_SAY);
        send();
        assertThat(equality.findAll()).singleElement().satisfies(e -> {
            assertThat(e.getGender()).isEqualTo(Gender.PREFER_NOT_TO_SAY);
            assertThat(e.getAgeBand()).isNull();
        });
    }

    @Test
    void when_the_service_refuses_the_person_sees_why_and_keeps_what_they_typed() {
        UI.getCurrent().navigate(FeedbackView.class);
        fillComplaint("alex@example.com");
        for (int i = 0; i < 5; i++) {
            rateLimiter.consume(ClientAddress.current());
        }
        send();
        assertThat(pageText()).contains("There is a problem", SubmissionRateLimiter.TOO_MANY);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("What happened?"))
                        .getValue())
                .isEqualTo("Nobody called me back.");
        assertThat(feedback.count()).isZero();
    }

    @Test
    void the_status_link_fills_in_the_reference_and_the_typed_code_shows_progress_without_the_story() {
        var receipt = service.submitFeedback(FeedbackFixtures.anonymousCompliment(), "192.0.2.60");
        UI.getCurrent()
                .navigate(
                        "feedback-status",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                "ref", receipt.reference(), "code", String.valueOf(receipt.statusCode()))));
        assertThat(pageText()).as("a code in the link is ignored").doesNotContain("Received");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Reference number"))
                        .getValue())
                .isEqualTo(receipt.reference());
        assertThat(_get(TextField.class, spec -> spec.withLabel("Status code")).getValue())
                .isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Status code")), receipt.statusCode());
        _click(_get(Button.class, spec -> spec.withText("Check status")));
        assertThat(pageText()).contains("Received").doesNotContain("crisis café");
    }

    @Test
    void the_confirmation_links_to_the_status_page_with_the_reference_only() {
        UI.getCurrent().navigate(FeedbackView.class);
        fillComplaint("alex@example.com");
        send();
        var link = _get(Anchor.class, spec -> spec.withText("Check the progress of your feedback"));
        assertThat(link.getHref()).matches("feedback-status\\?ref=NWD-F-[\\w-]+");
    }
}
