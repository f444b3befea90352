package uk.nowrongdoor.partner.domain;

/** What a time-critical notice says. Closed and extra-session notices change the opening times as well. */
public enum NoticeKind {
    CLOSED("Closed"),
    EXTRA_SESSION("Extra session"),
    PHONE_DOWN("Phone line down"),
    OTHER("Other news");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the notice is about one date's opening and so expires by itself the morning after. */
    public boolean dated() {
        return this == CLOSED || this == EXTRA_SESSION;
    }
}
