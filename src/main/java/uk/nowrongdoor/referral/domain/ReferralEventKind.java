package uk.nowrongdoor.referral.domain;

/** What happened to a referral. VIEWED is the access record admins read; it is left out of the staff history. */
public enum ReferralEventKind {
    SENT("Sent by the person"),
    VIEWED("Opened the referral screen"),
    OPENED("Opened"),
    CONTACTED("Marked contacted"),
    ACCEPTED("Marked accepted"),
    REDIRECTED("Passed on"),
    SENT_TO_COORDINATORS("Sent to the coordinators' queue"),
    CLOSED("Closed");

    private final String label;

    ReferralEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
