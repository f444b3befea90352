package uk.nowrongdoor.feedback.service;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.EqualityMonitoringRepository;
import uk.nowrongdoor.feedback.domain.FeedbackEventRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.PrivacyLogRepository;
import uk.nowrongdoor.feedback.domain.SubjectKind;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.SubmissionRateLimiter;

/**
 * Feedback sent through the public form about one of the seeded organisations, for triage tests, and the clean-up
 * after them. A test bean: component scanning finds it on the test class path only.
 */
@Component
public class FeedbackFixtures {

    public static final String CCC = "coventry-city-council";
    public static final String WCC = "warwickshire-county-council";
    public static final String CWPT = "coventry-and-warwickshire-partnership-nhs-trust";

    public static final String STORY = "The receptionist was kind when I was upset about my medication.";

    private final FeedbackService service;
    private final FeedbackRepository feedback;
    private final FeedbackEventRepository events;
    private final EqualityMonitoringRepository equality;
    private final PrivacyLogRepository privacyLog;
    private final OrganisationRepository organisations;
    private final OutboxMessageRepository outbox;
    private final SubmissionRateLimiter rateLimiter;

    FeedbackFixtures(
            FeedbackService service,
            FeedbackRepository feedback,
            FeedbackEventRepository events,
            EqualityMonitoringRepository equality,
            PrivacyLogRepository privacyLog,
            OrganisationRepository organisations,
            OutboxMessageRepository outbox,
            SubmissionRateLimiter rateLimiter) {
        this.service = service;
        this.feedback = feedback;
        this.events = events;
        this.equality = equality;
        this.privacyLog = privacyLog;
        this.organisations = organisations;
        this.outbox = outbox;
        this.rateLimiter = rateLimiter;
    }

    /** Sends named feedback (with an email) about the organisation, or the partnership when slug is null. */
    public long send(@Nullable String slug, FeedbackKind kind, boolean risk) {
        var r = new FeedbackRequest();
        r.setKind(kind);
        r.setSubject(
                slug == null ? FeedbackSubject.PARTNERSHIP : new FeedbackSubject(SubjectKind.ORGANISATION, slug, slug));
        r.setWhatHappened("Nobody called me back about my appointment.");
        if (kind == FeedbackKind.COMPLAINT || kind == FeedbackKind.CONCERN) {
            r.setOutcomeWanted("A call back");
        }
        r.setContactName("Sam");
        r.setEmail("sam-" + UUID.randomUUID() + "@example.com");
        r.setSafeNow(risk ? SafeNow.NO : SafeNow.YES);
        var receipt = service.submitFeedback(r, "198.51.100." + UUID.randomUUID());
        return feedback.findByReference(receipt.reference()).orElseThrow().getId();
    }

    public long organisationId(String slug) {
        return organisations.findBySlug(slug).orElseThrow().getId();
    }

    /** Forgets every piece of feedback, its events, equality answers, the privacy log, the outbox and rate limits. */
    public void forgetAll() {
        events.deleteAll();
        feedback.deleteAll();
        equality.deleteAll();
        privacyLog.deleteAll();
        outbox.deleteAll();
        rateLimiter.reset();
    }

    public static FeedbackRequest namedComplaint(String email) {
        var r = new FeedbackRequest();
        r.setKind(FeedbackKind.COMPLAINT);
        r.setSubject(new FeedbackSubject(SubjectKind.LISTING, "rethink-self-referral-support", "Rethink"));
        r.setWhatHappened(STORY);
        r.setWhenHappened("Last Tuesday");
        r.setOutcomeWanted("An apology");
        r.setContactName("Alex");
        r.setEmail(email);
        return r;
    }

    public static FeedbackRequest anonymousCompliment() {
        var r = new FeedbackRequest();
        r.setKind(FeedbackKind.COMPLIMENT);
        r.setSubject(FeedbackSubject.PARTNERSHIP);
        r.setWhatHappened("The website helped me find a crisis café.");
        r.setAnonymous(true);
        return r;
    }
}
