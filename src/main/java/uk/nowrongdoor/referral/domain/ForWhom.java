package uk.nowrongdoor.referral.domain;

public enum ForWhom {
    ME("Me"),
    SOMEONE_I_CARE_FOR("Someone I care for, who knows and agrees");

    private final String label;

    ForWhom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
