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
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.intake.domain.Submission;

/**
 * A person asking a listing's organisation for help. Health data: never indexed for search (no {@code @Indexed}),
 * never logged, kept 2 years after closure (see the privacy notice).
 */
@Entity
@Table(name = "self_referral")
public class SelfReferral extends Submission {

    public static final int HELP_MAX = 4000;
    public static final int BEST_TIMES_MAX = 200;
    public static final int PRONOUNS_MAX = 40;
    public static final int NEEDS_MAX = 500;
    public static final int ABOUT_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Listing listing;

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

    protected SelfReferral() {}

    public SelfReferral(
            String reference, String statusCodeHash, String idempotencyKey, Listing listing, Instant submittedAt) {
        super(reference, statusCodeHash, idempotencyKey);
        this.listing = listing;
        this.organisation = listing.getOrganisation();
        this.submittedAt = submittedAt;
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

    public Listing getListing() {
        return listing;
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
