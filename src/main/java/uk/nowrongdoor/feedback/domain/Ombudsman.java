package uk.nowrongdoor.feedback.domain;

/** Who a person may go to when the final response does not settle their complaint. */
public enum Ombudsman {
    PHSO("If you are not happy with our response, you can ask the Parliamentary and Health Service Ombudsman "
            + "(PHSO) to look at your complaint: www.ombudsman.org.uk"),
    LGSCO("If you are not happy with our response, you can ask the Local Government and Social Care Ombudsman "
            + "(LGSCO) to look at your complaint: www.lgo.org.uk"),
    NONE("If you are not happy with our response, reply to this email and tell us why.");

    private final String paragraph;

    Ombudsman(String paragraph) {
        this.paragraph = paragraph;
    }

    /** The sentence the final response carries. */
    public String paragraph() {
        return paragraph;
    }
}
