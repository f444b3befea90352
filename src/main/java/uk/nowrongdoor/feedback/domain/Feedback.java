package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.intake.domain.Submission;

/**
 * A compliment, comment, concern or complaint. May hold health data: never indexed for search, never logged; once
 * closed for the retention period of its kind it is anonymised ({@link #anonymise}). Equality monitoring answers are
 * NOT here: see {@link EqualityMonitoring}.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends Submission {

    public static final int WHAT_MAX = 4000;
    public static final int WHEN_MAX = 100;
    public static final int OUTCOME_MAX = 2000;
    public static final int NOTES_MAX = 4000;
    public static final int DECISION_MAX = 2000;

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

    // Triage (issue 12). Clocks are worked out by the triage service from the organisation's policy.

    /** 1, or 2 once a council corporate complaint is escalated. */
    private int stage = 1;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "feedback_theme", joinColumns = @JoinColumn(name = "feedback_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 40)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable Outcome outcome;

    private @Nullable LocalDate acknowledgedOn;
    private @Nullable LocalDate responseDue;
    private @Nullable LocalDate respondedOn;
    private @Nullable LocalDate closedOn;
    private @Nullable LocalDate escalatedOn;
    private @Nullable Boolean wellFounded;
    private boolean referredToOmbudsman;

    @Column(length = NOTES_MAX)
    private @Nullable String notes;

    private boolean safeguarding;
    private @Nullable LocalDate safeguardingDecideBy;

    @Column(length = DECISION_MAX)
    private @Nullable String safeguardingDecision;

    private @Nullable LocalDate safeguardingDecidedOn;

    /** Whether the person's wishes were asked (Making Safeguarding Personal); null until recorded. */
    private @Nullable Boolean wishesAsked;

    /** Brought in from a historic CSV: counted in reports, never triaged or emailed. */
    private boolean imported;

    /** When the personal details and free text were removed; what stays is only what the report counts. */
    private @Nullable LocalDate anonymisedOn;

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

    /** A historic record from a CSV import: closed, no contact details, no story. */
    public static Feedback historic(
            String reference,
            String idempotencyKey,
            FeedbackKind kind,
            Instant receivedAt,
            LocalDate receivedOn,
            @Nullable Organisation organisation,
            Set<Theme> themes,
            @Nullable Outcome outcome) {
        var item = new Feedback(reference, "imported", idempotencyKey, kind, receivedAt, receivedOn);
        item.imported = true;
        item.anonymous = true;
        item.status = FeedbackStatus.CLOSED;
        item.aboutSubject(
                organisation == null ? SubjectKind.PARTNERSHIP : SubjectKind.ORGANISATION, organisation, null);
        item.themes = themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
        item.outcome = outcome;
        return item;
    }

    public void reclassify(FeedbackKind kind) {
        this.kind = kind;
    }

    public void moveTo(FeedbackStatus status) {
        this.status = status;
    }

    public void reassign(@Nullable Organisation organisation) {
        this.organisation = organisation;
        this.listing = null;
        this.subjectKind = organisation == null ? SubjectKind.PARTNERSHIP : SubjectKind.ORGANISATION;
    }

    public void changeThemes(Set<Theme> themes) {
        this.themes.clear();
        this.themes.addAll(themes);
    }

    public void recordOutcome(@Nullable Outcome outcome) {
        this.outcome = outcome;
    }

    public void scheduleAcknowledgement(LocalDate acknowledgeBy) {
        this.acknowledgeBy = acknowledgeBy;
    }

    public void recordAcknowledged(@Nullable LocalDate on) {
        this.acknowledgedOn = on;
    }

    public void scheduleResponse(@Nullable LocalDate due) {
        this.responseDue = due;
    }

    public void recordResponded(@Nullable LocalDate on) {
        this.respondedOn = on;
    }

    public void recordClosed(@Nullable LocalDate on) {
        this.closedOn = on;
    }

    /** Stage 2 of a council corporate complaint: its clocks start again from the request to escalate. */
    public void escalateToStageTwo(LocalDate on) {
        this.stage = 2;
        this.escalatedOn = on;
        this.acknowledgedOn = null;
        this.respondedOn = null;
        this.responseDue = null;
        this.status = FeedbackStatus.RECEIVED;
    }

    public @Nullable LocalDate getEscalatedOn() {
        return escalatedOn;
    }

    public void judgeWellFounded(@Nullable Boolean wellFounded) {
        this.wellFounded = wellFounded;
    }

    public void referToOmbudsman(boolean referred) {
        this.referredToOmbudsman = referred;
    }

    public void writeNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public void flagSafeguarding(LocalDate decideBy) {
        this.safeguarding = true;
        this.safeguardingDecideBy = decideBy;
    }

    public void recordSafeguardingDecision(String decision, LocalDate decidedOn, boolean wishesAsked) {
        this.safeguardingDecision = decision;
        this.safeguardingDecidedOn = decidedOn;
        this.wishesAsked = wishesAsked;
    }

    /** A safeguarding item may close only once the decision and whether the person's wishes were asked are recorded. */
    public boolean safeguardingComplete() {
        return !safeguarding || (safeguardingDecision != null && safeguardingDecidedOn != null && wishesAsked != null);
    }

    public int getStage() {
        return stage;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public @Nullable LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public @Nullable LocalDate getResponseDue() {
        return responseDue;
    }

    public @Nullable LocalDate getRespondedOn() {
        return respondedOn;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    public @Nullable Boolean getWellFounded() {
        return wellFounded;
    }

    public boolean isReferredToOmbudsman() {
        return referredToOmbudsman;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public boolean isSafeguarding() {
        return safeguarding;
    }

    public @Nullable LocalDate getSafeguardingDecideBy() {
        return safeguardingDecideBy;
    }

    public @Nullable String getSafeguardingDecision() {
        return safeguardingDecision;
    }

    public @Nullable LocalDate getSafeguardingDecidedOn() {
        return safeguardingDecidedOn;
    }

    public @Nullable Boolean getWishesAsked() {
        return wishesAsked;
    }

    public boolean isImported() {
        return imported;
    }

    public @Nullable LocalDate getAnonymisedOn() {
        return anonymisedOn;
    }

    /**
     * Removes everything that could identify the person or that they or staff wrote in their own words (the story,
     * contact details, notes, the safeguarding decision's text), keeping only what the report counts: kind,
     * organisation, dates, themes, outcome, well-founded and Ombudsman flags. The status page still shows "Closed".
     */
    public void anonymise(LocalDate on) {
        fromAnonymous();
        this.whatHappened = "";
        this.whenHappened = null;
        this.outcomeWanted = null;
        this.notes = null;
        if (this.safeguardingDecision != null) {
            this.safeguardingDecision = "Recorded (text removed when anonymised)";
        }
        this.listing = null;
        this.forSomeoneElse = false;
        this.personConsents = false;
        this.anonymisedOn = on;
    }
}
