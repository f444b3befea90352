package uk.nowrongdoor.referral.domain;

/**
 * Where a self-referral is: new, opened, contacted, accepted; or redirected (passed to a better placed service, with
 * its history kept); or closed with a {@link CloseReason}. There is no "rejected": no wrong door.
 */
public enum ReferralStatus {
    NEW("New", "Sent to the service. They have not opened it yet."),
    OPENED("Opened", "The service has read it and will contact you in the way you asked."),
    CONTACTED("Contacted", "The service has been in touch with you."),
    ACCEPTED("Accepted", "The service is going to help you."),
    REDIRECTED("Passed on", "It has been passed to a service better placed to help. They have not opened it yet."),
    CLOSED("Closed", "Closed.");

    private final String label;
    private final String explanation;

    ReferralStatus(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** One or two plain words, for staff cards and the person's status page. */
    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** Nobody has opened it where it is now: the clock for the coordinators' time limit runs. */
    public boolean unopened() {
        return this == NEW || this == REDIRECTED;
    }
}
