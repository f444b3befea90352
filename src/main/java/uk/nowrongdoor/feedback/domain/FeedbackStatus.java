package uk.nowrongdoor.feedback.domain;

public enum FeedbackStatus {
    RECEIVED("Received. A member of staff will acknowledge it."),
    ACKNOWLEDGED("Acknowledged. Someone is looking at it."),
    INVESTIGATING("Being looked into."),
    RESPONDED("We have responded."),
    CLOSED("Closed.");

    private final String explanation;

    FeedbackStatus(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
