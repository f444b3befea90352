package uk.nowrongdoor.feedback.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.STORY;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.anonymousCompliment;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.namedComplaint;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.feedback.domain.AgeBand;
import uk.nowrongdoor.feedback.domain.Disability;
import uk.nowrongdoor.feedback.domain.EqualityMonitoringRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.Gender;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.InvalidSubmissionException;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;

@SpringBootTest
@ActiveProfiles("test")
class FeedbackServiceTest {

    @Autowired
    FeedbackService service;

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

    @AfterEach
    void cleanUp() {
        feedback.deleteAll();
        equality.deleteAll();
        outbox.deleteAll();
        rateLimiter.reset();
        lookupLimiter.reset();
    }

    private static String client() {
        return "203.0.113." + UUID.randomUUID();
    }

    private static String email() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }

    @Test
    void without_smtp_the_acknowledgement_goes_to_the_outbox_with_the_reference_and_not_the_story() {
        String address = email();
        var receipt = service.submitFeedback(namedComplaint(address), client());

        assertThat(receipt.acknowledgementEmailed()).isTrue();
        var messages = outbox.findByTo(address);
        assertThat(messages).hasSize(1);
        OutboxMessage message = messages.get(0);
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(message.getBody())
                .contains(receipt.reference())
                .as("the link holds the reference only, never the code")
                .contains("feedback-status?ref=" + receipt.reference() + "\n")
                .doesNotContain("receptionist", "medication", "apology", "Rethink", receipt.statusCode());
        assertThat(message.getSubject()).doesNotContain("complaint");
    }

    @Test
    void a_complaint_is_stored_received_with_a_three_working_day_acknowledgement_date() {
        var receipt = service.submitFeedback(namedComplaint(email()), client());

        var stored = feedback.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.getKind()).isEqualTo(FeedbackKind.COMPLAINT);
        assertThat(stored.getWhatHappened()).isEqualTo(STORY);
        assertThat(stored.getAcknowledgeBy()).isAfter(LocalDate.now().plusDays(2));
        assertThat(service.checkStatus(
                        receipt.reference(), java.util.Objects.requireNonNull(receipt.statusCode()), client()))
                .get()
                .satisfies(s -> assertThat(s.status()).isEqualTo("RECEIVED"));
    }

    @Test
    void anonymous_feedback_keeps_no_contact_details_and_sends_no_email() {
        var request = anonymousCompliment();
        request.setContactName("Left over");
        request.setEmail("left-over@example.com");

        var receipt = service.submitFeedback(request, client());

        var stored = feedback.findByReference(receipt.reference()).orElseThrow();
        assertThat(stored.isAnonymous()).isTrue();
        assertThat(stored.getContactName()).isNull();
        assertThat(stored.getEmail()).isNull();
        assertThat(receipt.acknowledgementEmailed()).isFalse();
        assertThat(outbox.findByTo("left-over@example.com")).isEmpty();
    }

    @Test
    void a_complaint_needs_the_outcome_wanted() {
        var request = namedComplaint(email());
        request.setOutcomeWanted(" ");

        assertThatThrownBy(() -> service.submitFeedback(request, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKey("outcomeWanted"));
    }

    @Test
    void named_feedback_needs_a_name_and_a_way_to_reply() {
        var request = namedComplaint(email());
        request.setContactName(null);
        request.setEmail(null);

        assertThatThrownBy(() -> service.submitFeedback(request, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKeys("contactName", "email"));
    }

    @Test
    void feedback_for_someone_else_needs_their_consent() {
        var request = anonymousCompliment();
        request.setForSomeoneElse(true);

        assertThatThrownBy(() -> service.submitFeedback(request, client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKey("personConsents"));
    }

    @Test
    void missing_answers_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> service.submitFeedback(new FeedbackRequest(), client()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.problems())
                        .containsKeys("kind", "subject", "whatHappened"));
        assertThat(feedback.count()).isZero();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_stores_and_emails_nothing_new() {
        String address = email();
        var request = namedComplaint(address);
        var first = service.submitFeedback(request, client());
        var retry = service.submitFeedback(request, client());

        assertThat(retry.reference()).isEqualTo(first.reference());
        assertThat(retry.statusCode())
                .as("the first code is kept, never replaced")
                .isNull();
        assertThat(retry.acknowledgeBy()).isEqualTo(first.acknowledgeBy());
        assertThat(feedback.count()).isEqualTo(1);
        assertThat(outbox.findByTo(address)).hasSize(1);
        assertThat(service.checkStatus(
                        first.reference(), java.util.Objects.requireNonNull(first.statusCode()), client()))
                .isPresent();
    }

    @Test
    void a_risk_phrase_flags_the_feedback_urgent() {
        var request = anonymousCompliment();
        request.setKind(FeedbackKind.CONCERN);
        request.setWhatHappened("Since they closed my case I have felt suicidal.");

        var receipt = service.submitFeedback(request, client());
        assertThat(receipt.riskIndicated()).isTrue();
        assertThat(feedback.findByReference(receipt.reference()).orElseThrow().isUrgent())
                .isTrue();
    }

    @Test
    void answering_not_safe_flags_the_feedback_urgent() {
        var request = anonymousCompliment();
        request.setSafeNow(SafeNow.NO);

        var receipt = service.submitFeedback(request, client());
        assertThat(feedback.findByReference(receipt.reference()).orElseThrow().isUrgent())
                .isTrue();
    }

    @Test
    void equality_answers_are_stored_apart_with_only_quarter_organisation_and_kind() {
        var request = namedComplaint(email());
        request.setGender(Gender.PREFER_NOT_TO_SAY);
        request.setAgeBand(AgeBand.AGE_18_25);

        service.submitFeedback(request, client());

        var rows = equality.findAll();
        assertThat(rows).hasSize(1);
        var row = rows.get(0);
        assertThat(row.getQuarter()).isEqualTo(FeedbackService.quarterOf(LocalDate.now()));
        assertThat(row.getOrganisationSlug()).isEqualTo("rethink-mental-illness");
        assertThat(row.getFeedbackKind()).isEqualTo(FeedbackKind.COMPLAINT);
        assertThat(row.getGender()).isEqualTo(Gender.PREFER_NOT_TO_SAY);
        assertThat(row.getEthnicity()).isNull();
    }

    @Test
    void skipped_equality_questions_store_nothing() {
        service.submitFeedback(anonymousCompliment(), client());
        assertThat(equality.count()).isZero();
    }

    @Test
    @WithMockUser(roles = "COMPLAINTS_LEAD")
    void the_equality_report_counts_prefer_not_to_say_apart_from_not_answered() {
        var a = anonymousCompliment();
        a.setGender(Gender.PREFER_NOT_TO_SAY);
        a.setDisability(Disability.YES);
        var b = anonymousCompliment();
        b.setDisability(Disability.NO);
        service.submitFeedback(a, client());
        service.submitFeedback(b, client());

        var report = service.equalityReport(FeedbackService.quarterOf(LocalDate.now()));
        assertThat(report.responses()).isEqualTo(2);
        assertThat(report.gender())
                .containsEntry("PREFER_NOT_TO_SAY", 1L)
                .containsEntry(EqualityReport.NOT_ANSWERED, 1L);
        assertThat(report.disability()).containsEntry("YES", 1L).containsEntry("NO", 1L);
    }

    @Test
    @WithMockUser(roles = "COMPLAINTS_LEAD")
    void the_equality_screen_shows_numbers_under_5_as_under_5_and_hides_the_count_that_would_give_one_away() {
        for (int i = 0; i < 7; i++) {
            equality.save(new uk.nowrongdoor.feedback.domain.EqualityMonitoring(
                    "2025-Q2",
                    null,
                    uk.nowrongdoor.feedback.domain.FeedbackKind.COMPLAINT,
                    i < 5 ? Gender.WOMAN : Gender.MAN,
                    null,
                    null,
                    i < 5 ? Disability.NO : i == 5 ? Disability.YES : null));
        }
        equality.save(new uk.nowrongdoor.feedback.domain.EqualityMonitoring(
                "2025-Q3", null, uk.nowrongdoor.feedback.domain.FeedbackKind.COMPLIMENT, Gender.MAN, null, null, null));

        var summary = service.equalitySummary("2025-Q2");

        assertThat(summary.responses()).isEqualTo("7");
        assertThat(answers(summary, "Gender"))
                .as("2 men is under 5; then the 5 women would give it away (7 - 5), so they are not shown")
                .containsExactlyInAnyOrder("Woman: not shown", "Man: <5");
        assertThat(answers(summary, "Age")).containsExactly("Not answered: 7");
        assertThat(answers(summary, "Disability"))
                .as("more than one answer under 5: only those are hidden")
                .containsExactlyInAnyOrder("No: 5", "Yes: <5", "Not answered: <5");
        assertThat(service.equalitySummary("2025-Q3").responses()).isEqualTo("<5");
        assertThat(service.equalitySummary("2025-Q4").responses())
                .as("nobody: 0 points to no one")
                .isEqualTo("0");
    }

    private static List<String> answers(EqualitySummary summary, String question) {
        return summary.questions().stream()
                .filter(q -> q.title().equals(question))
                .flatMap(q -> q.answers().stream())
                .map(a -> a.label() + ": " + a.count())
                .toList();
    }

    @Test
    void the_equality_report_is_for_staff_only() {
        assertThatThrownBy(() -> service.equalityReport("2026-Q3"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anonymous_submissions_are_rate_limited_per_client() {
        String busy = client();
        for (int i = 0; i < 5; i++) {
            service.submitFeedback(anonymousCompliment(), busy);
        }
        assertThatThrownBy(() -> service.submitFeedback(anonymousCompliment(), busy))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void quarters_follow_the_financial_year() {
        assertThat(FeedbackService.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo("2026-Q1");
        assertThat(FeedbackService.quarterOf(LocalDate.of(2026, 11, 25))).isEqualTo("2026-Q3");
        assertThat(FeedbackService.quarterOf(LocalDate.of(2027, 3, 31))).isEqualTo("2026-Q4");
    }

    @Test
    void every_organisation_and_listing_can_be_picked_plus_partnership_and_not_sure() {
        var subjects = service.subjects();
        assertThat(subjects.subList(0, 2)).containsExactly(FeedbackSubject.PARTNERSHIP, FeedbackSubject.NOT_SURE);
        assertThat(subjects)
                .extracting(FeedbackSubject::slug)
                .contains("rethink-mental-illness", "rethink-self-referral-support");
    }
}
