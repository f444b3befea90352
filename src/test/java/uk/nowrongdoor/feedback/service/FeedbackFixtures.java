package uk.nowrongdoor.feedback.service;

import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.SubjectKind;

public final class FeedbackFixtures {

    public static final String STORY = "The receptionist was kind when I was upset about my medication.";

    private FeedbackFixtures() {}

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
