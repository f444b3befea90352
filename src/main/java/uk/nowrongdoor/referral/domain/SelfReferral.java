package uk.nowrongdoor.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.intake.domain.Submission;

/**
 * A person asking a listing's organisation for help. Health data: never indexed for search (no {@code @Indexed}),
 * never logged, deleted with its history once closed for the retention period (see the privacy notice).
 */
@Entity
@Table(name = "self_referral")
public class SelfReferral extends Submission {

    public static final int HELP_MAX = 4000;
    public static final int BEST_TIMES_MAX = 200;
    public static final int PRONOUNS_MAX = 40;
    public static final int NEEDS_MAX = 500;
    public static final int ABOUT_MAX = 2000;

    /** Empty once redirected to an organisation rather than one of its listings. */
    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Listing listing;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status = ReferralStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ForWhom forWhom = ForWhom.ME;

    private boolean personConsents;

    @Column(nullable = false, length = HELP_MAX)
    private String helpWanted = "";

    @Column(nullable = false, length = NAME_MAX)
    private String contactName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ContactMethod contactMethod = ContactMethod.PHONE;

    @Column(length = PHONE_MAX)
    private @Nullable String phone;

    @Column(length = EMAIL_MAX)
    private @Nullable String email;

    private boolean voicemailOk;

    private boolean maySayWhoCalls;

    @Column(length = BEST_TIMES_MAX)
    private @Nullable String bestTimes;

    @Column(length = PRONOUNS_MAX)
    private @Nullable String pronouns;

    @Column(length = NEEDS_MAX)
    private @Nullable String communicationNeeds;

    @Column(length = ABOUT_MAX)
    private @Nullable String aboutMe;

    private boolean consentToShare;

    @Column(nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    /** When it arrived where it is now: the coordinators' time limit runs from here. */
    @Column(nullable = false)
    private Instant routedAt = Instant.EPOCH;

    @Column(nullable = false)
    private Instant statusChangedAt = Instant.EPOCH;

    /** In the coordinators' queue: not opened in time, or passed to them. */
    private boolean withCoordinators;

    private @Nullable Instant sentToCoordinatorsAt;

    /** Passed to the coordinators as "not sure where": the organisation above no longer holds it. */
    private boolean heldByCoordinators;

    /** The member of staff who opened it where it is now. */
    private @Nullable Long ownerAccountId;

    @Column(length = NAME_MAX)
    private @Nullable String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable CloseReason closeReason;

    private @Nullable Instant closedAt;

    protected SelfReferral() {}

    public SelfReferral(
            String reference, String statusCodeHash, String idempotencyKey, Listing listing, Instant submittedAt) {
        super(reference, statusCodeHash, idempotencyKey);
        this.listing = listing;
        this.organisation = listing.getOrganisation();
        this.submittedAt = submittedAt;
        this.routedAt = submittedAt;
        this.statusChangedAt = submittedAt;
    }

    /** Someone where it is now opened it: it is theirs. Returns false when it was already open. */
    public boolean open(Long accountId, String name, boolean byItsOrganisation, Instant at) {
        if (!status.unopened()) {
            return false;
        }
        moveTo(ReferralStatus.OPENED, at);
        ownerAccountId = accountId;
        ownerName = name;
        if (byItsOrganisation && !heldByCoordinators) {
            // its own organisation picked it up after all: it leaves the coordinators' queue
            withCoordinators = false;
        }
        return true;
    }

    public void markContacted(Instant at) {
        require(status == ReferralStatus.OPENED, "Only an opened referral can be marked contacted");
        moveTo(ReferralStatus.CONTACTED, at);
    }

    public void accept(Instant at) {
        require(
                status == ReferralStatus.OPENED || status == ReferralStatus.CONTACTED,
                "Only an opened or contacted referral can be accepted");
        moveTo(ReferralStatus.ACCEPTED, at);
    }

    /** Passed to another listing (and its organisation): it arrives there unopened, with its history kept. */
    public void redirectTo(Listing to, Instant at) {
        redirect(to.getOrganisation(), at);
        this.listing = to;
    }

    /** Passed to another organisation, for it to choose the listing. */
    public void redirectTo(Organisation to, Instant at) {
        redirect(to, at);
        this.listing = null;
    }

    /** "Not sure where": the coordinators hold it until they pass it on. */
    public void redirectToCoordinators(Instant at) {
        redirect(organisation, at);
        heldByCoordinators = true;
        sendToCoordinators(at);
    }

    /** Not opened in time where it is: the coordinators see it too. */
    public void sendToCoordinators(Instant at) {
        withCoordinators = true;
        sentToCoordinatorsAt = at;
    }

    public void close(CloseReason reason, Instant at) {
        require(status != ReferralStatus.CLOSED, "This referral is already closed");
        moveTo(ReferralStatus.CLOSED, at);
        closeReason = reason;
        closedAt = at;
    }

    private void redirect(Organisation to, Instant at) {
        require(status != ReferralStatus.CLOSED, "A closed referral cannot be passed on");
        moveTo(ReferralStatus.REDIRECTED, at);
        organisation = to;
        routedAt = at;
        ownerAccountId = null;
        ownerName = null;
        withCoordinators = false;
        heldByCoordinators = false;
        sentToCoordinatorsAt = null;
    }

    private void moveTo(ReferralStatus next, Instant at) {
        status = next;
        statusChangedAt = at;
    }

    private static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new UserFacingException(message);
        }
    }

    /** Records what the person told us about who it is for and what they want. */
    public void describeNeed(ForWhom forWhom, boolean personConsents, String helpWanted) {
        this.forWhom = forWhom;
        this.personConsents = personConsents;
        this.helpWanted = helpWanted;
    }

    public void setContact(
            String contactName,
            ContactMethod method,
            @Nullable String phone,
            @Nullable String email,
            boolean voicemailOk,
            boolean maySayWhoCalls,
            @Nullable String bestTimes) {
        this.contactName = contactName;
        this.contactMethod = method;
        this.phone = phone;
        this.email = email;
        this.voicemailOk = voicemailOk;
        this.maySayWhoCalls = maySayWhoCalls;
        this.bestTimes = bestTimes;
    }

    public void setAboutMe(@Nullable String pronouns, @Nullable String communicationNeeds, @Nullable String aboutMe) {
        this.pronouns = pronouns;
        this.communicationNeeds = communicationNeeds;
        this.aboutMe = aboutMe;
    }

    public void setConsentToShare(boolean consentToShare) {
        this.consentToShare = consentToShare;
    }

    public @Nullable Listing getListing() {
        return listing;
    }

    /** The listing's name, or its organisation's once redirected to an organisation. */
    public String whereName() {
        return listing != null ? listing.getName() : organisation.getName();
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public boolean isWithCoordinators() {
        return withCoordinators;
    }

    public @Nullable Instant getSentToCoordinatorsAt() {
        return sentToCoordinatorsAt;
    }

    public boolean isHeldByCoordinators() {
        return heldByCoordinators;
    }

    public @Nullable Long getOwnerAccountId() {
        return ownerAccountId;
    }

    public @Nullable String getOwnerName() {
        return ownerName;
    }

    public @Nullable CloseReason getCloseReason() {
        return closeReason;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public ForWhom getForWhom() {
        return forWhom;
    }

    public boolean isPersonConsents() {
        return personConsents;
    }

    public String getHelpWanted() {
        return helpWanted;
    }

    public String getContactName() {
        return contactName;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public boolean isVoicemailOk() {
        return voicemailOk;
    }

    public boolean isMaySayWhoCalls() {
        return maySayWhoCalls;
    }

    public @Nullable String getBestTimes() {
        return bestTimes;
    }

    public @Nullable String getPronouns() {
        return pronouns;
    }

    public @Nullable String getCommunicationNeeds() {
        return communicationNeeds;
    }

    public @Nullable String getAboutMe() {
        return aboutMe;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
