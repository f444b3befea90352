package uk.nowrongdoor.feedback.domain;

/** The 2021 Census high-level groups, so answers compare with census figures. */
public enum Ethnicity {
    ASIAN("Asian, Asian British or Asian Welsh"),
    BLACK("Black, Black British, Black Welsh, Caribbean or African"),
    MIXED("Mixed or multiple ethnic groups"),
    WHITE("White"),
    OTHER("Another ethnic group"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
