package uk.nowrongdoor.feedback.service;

import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.SubjectKind;

/** One choice in "Who is your feedback about?": a listing, an organisation, the partnership, or not sure. */
public record FeedbackSubject(SubjectKind kind, @Nullable String slug, String label) {

    public static final FeedbackSubject PARTNERSHIP =
            new FeedbackSubject(SubjectKind.PARTNERSHIP, null, "The partnership or this website");
    public static final FeedbackSubject NOT_SURE = new FeedbackSubject(SubjectKind.NOT_SURE, null, "I am not sure");
}
