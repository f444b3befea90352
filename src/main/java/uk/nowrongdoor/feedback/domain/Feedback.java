package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.intake.domain.Submission;

/**
 * A compliment, comment, concern or complaint. May hold health data: never indexed for search, never logged, kept 2
 * years after closure. Equality monitoring answers are NOT here: see {@link EqualityMonitoring}.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends Submission {

    public static final int WHAT_MAX = 4000;
    public static final int WHEN_MAX = 100;
    public static final int OUTCOME_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackKind kind = FeedbackKind.COMMENT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackStatus status = FeedbackStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubjectKind subjectKind = SubjectKind.NOT_SURE;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Listing listing;

    @Column(nullable = false, length = WHAT_MAX)
    private String whatHappened = "";

    @Column(length = WHEN_MAX)
    private @Nullable String whenHappened;

    @Column(length = OUTCOME_MAX)
    private @Nullable String outcomeWanted;

    private boolean anonymous;

    @Column(length = NAME_MAX)
    private @Nullable String contactName;

    @Column(length = EMAIL_MAX)
    private @Nullable String email;

    @Column(length = PHONE_MAX)
    private @Nullable String phone;

    private boolean forSomeoneElse;

    private boolean personConsents;

    @Column(nullable = false)
    private Instant receivedAt = Instant.EPOCH;

    /** Three working days after receipt: the statutory acknowledgement deadline for NHS and council complaints. */
    @Column(nullable = false)
    private LocalDate acknowledgeBy = LocalDate.EPOCH;

    protected Feedback() {}

    public Feedback(
            String reference,
            String statusCodeHash,
            String idempotencyKey,
            FeedbackKind kind,
            Instant receivedAt,
            LocalDate acknowledgeBy) {
        super(reference, statusCodeHash, idempotencyKey);
        this.kind = kind;
        this.receivedAt = receivedAt;
        this.acknowledgeBy = acknowledgeBy;
    }

    public void aboutSubject(SubjectKind kind, @Nullable Organisation organisation, @Nullable Listing listing) {
        this.subjectKind = kind;
        this.organisation = organisation;
        this.listing = listing;
    }

    public void tellStory(String whatHappened, @Nullable String whenHappened, @Nullable String outcomeWanted) {
        this.whatHappened = whatHappened;
        this.whenHappened = whenHappened;
        this.outcomeWanted = outcomeWanted;
    }

    public void fromAnonymous() {
        this.anonymous = true;
        this.contactName = null;
        this.email = null;
        this.phone = null;
    }

    public void fromNamed(String contactName, @Nullable String email, @Nullable String phone) {
        this.anonymous = false;
        this.contactName = contactName;
        this.email = email;
        this.phone = phone;
    }

    public void onBehalfOfSomeoneElse(boolean forSomeoneElse, boolean personConsents) {
        this.forSomeoneElse = forSomeoneElse;
        this.personConsents = forSomeoneElse && personConsents;
    }

    public FeedbackKind getKind() {
        return kind;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public @Nullable Organisation getOrganisation() {
        return organisation;
    }

    public @Nullable Listing getListing() {
        return listing;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public @Nullable String getWhenHappened() {
        return whenHappened;
    }

    public @Nullable String getOutcomeWanted() {
        return outcomeWanted;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public boolean isForSomeoneElse() {
        return forSomeoneElse;
    }

    public boolean isPersonConsents() {
        return personConsents;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getAcknowledgeBy() {
        return acknowledgeBy;
    }
}
