package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Optional equality monitoring answers, stored apart from the feedback. A random id (not a sequence that would
 * follow the feedback's), no timestamp and no key back: only the quarter, organisation and kind, so answers can be
 * counted but never tied to a story. Null means skipped; "prefer not to say" is an answer.
 */
@Entity
@Table(name = "equality_monitoring")
public class EqualityMonitoring {

    @Id
    private UUID id = UUID.randomUUID();

    /** Financial-year quarter, e.g. 2026-Q3 (Q1 is April to June). */
    @Column(nullable = false, length = 7)
    private String quarter = "";

    @Column(length = 80)
    private @Nullable String organisationSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackKind feedbackKind = FeedbackKind.COMMENT;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable Ethnicity ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable Disability disability;

    protected EqualityMonitoring() {}

    public EqualityMonitoring(
            String quarter,
            @Nullable String organisationSlug,
            FeedbackKind feedbackKind,
            @Nullable Gender gender,
            @Nullable AgeBand ageBand,
            @Nullable Ethnicity ethnicity,
            @Nullable Disability disability) {
        this.quarter = quarter;
        this.organisationSlug = organisationSlug;
        this.feedbackKind = feedbackKind;
        this.gender = gender;
        this.ageBand = ageBand;
        this.ethnicity = ethnicity;
        this.disability = disability;
    }

    public String getQuarter() {
        return quarter;
    }

    public @Nullable String getOrganisationSlug() {
        return organisationSlug;
    }

    public FeedbackKind getFeedbackKind() {
        return feedbackKind;
    }

    public @Nullable Gender getGender() {
        return gender;
    }

    public @Nullable AgeBand getAgeBand() {
        return ageBand;
    }

    public @Nullable Ethnicity getEthnicity() {
        return ethnicity;
    }

    public @Nullable Disability getDisability() {
        return disability;
    }

    public boolean isAllBlank() {
        return gender == null && ageBand == null && ethnicity == null && disability == null;
    }
}
