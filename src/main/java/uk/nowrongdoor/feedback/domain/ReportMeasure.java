package uk.nowrongdoor.feedback.domain;

/** A count in the report that an organisation may not have recorded for a quarter. */
public enum ReportMeasure {
    COMPLAINTS,
    COMPLIMENTS
}
