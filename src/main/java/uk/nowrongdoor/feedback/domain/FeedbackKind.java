package uk.nowrongdoor.feedback.domain;

public enum FeedbackKind {
    COMPLIMENT("A compliment", "Tell us what went well"),
    COMMENT("A comment or suggestion", "An idea or a remark, without asking us to look into anything"),
    CONCERN("A concern", "Something is not right and you would like it sorted out informally"),
    COMPLAINT("A formal complaint", "You want it investigated and a written response");

    private final String label;
    private final String hint;

    FeedbackKind(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
