package uk.nowrongdoor.referral.domain;

/** Where a self-referral is, in words a person checking its status understands. */
public enum ReferralStatus {
    NEW("Sent to the service. They have not opened it yet."),
    OPENED("The service has read it and will contact you in the way you asked."),
    CONTACTED("The service has been in touch with you."),
    REDIRECTED("The service has passed it to a service better placed to help, and will tell you who."),
    CLOSED("Closed.");

    private final String explanation;

    ReferralStatus(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
