package uk.nowrongdoor.feedback.domain;

/** Bands fine enough to give both the partnership's 0–17 / 18–25 / 26–64 / 65+ tables and census comparisons. */
public enum AgeBand {
    UNDER_18("Under 18"),
    AGE_18_25("18 to 25"),
    AGE_26_34("26 to 34"),
    AGE_35_44("35 to 44"),
    AGE_45_54("45 to 54"),
    AGE_55_64("55 to 64"),
    AGE_65_74("65 to 74"),
    AGE_75_PLUS("75 or over"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
