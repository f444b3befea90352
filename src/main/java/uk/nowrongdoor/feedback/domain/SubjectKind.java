package uk.nowrongdoor.feedback.domain;

/** What the feedback is about: a service in the directory, its organisation, the partnership, or "not sure". */
public enum SubjectKind {
    LISTING,
    ORGANISATION,
    PARTNERSHIP,
    NOT_SURE
}
