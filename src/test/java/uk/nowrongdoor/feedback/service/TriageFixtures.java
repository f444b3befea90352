package uk.nowrongdoor.feedback.service;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.SubjectKind;
import uk.nowrongdoor.intake.domain.SafeNow;

/** Feedback sent through the public form, about one of the seeded organisations, for triage tests. */
public final class TriageFixtures {

    public static final String CCC = "coventry-city-council";
    public static final String WCC = "warwickshire-county-council";
    public static final String CWPT = "coventry-and-warwickshire-partnership-nhs-trust";

    private TriageFixtures() {}

    /** Sends a named complaint (with an email) about the organisation, or the partnership when slug is null. */
    public static long complaint(
            FeedbackService service,
            FeedbackRepository repository,
            @Nullable String slug,
            FeedbackKind kind,
            boolean risk) {
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
        return repository.findByReference(receipt.reference()).orElseThrow().getId();
    }

    public static long organisationId(OrganisationRepository organisations, String slug) {
        return organisations.findBySlug(slug).orElseThrow().getId();
    }
}
