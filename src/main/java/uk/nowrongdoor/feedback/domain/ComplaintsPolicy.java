package uk.nowrongdoor.feedback.domain;

/**
 * The complaints procedure an organisation follows, chosen by an admin. Working days exclude weekends and bank
 * holidays in England and Wales.
 *
 * <ul>
 *   <li>NHS and adult social care: the 2009 regulations (SI 2009/309, reg. 13): acknowledge within 3 working days; the
 *       response period is agreed with the person (the app proposes 6 months, after which reg. 14 asks for a letter
 *       saying why).
 *   <li>Council corporate complaints: the LGSCO Complaint Handling Code: stage 1 acknowledged in 5 and answered in 10
 *       working days of acknowledgement; stage 2 acknowledged in 5 and answered in 20.
 *   <li>VCSE partners: the partnership's own promise on the feedback form, acknowledgement in 3 working days; no
 *       statutory ombudsman.
 * </ul>
 */
public enum ComplaintsPolicy {
    NHS_2009("NHS complaints (2009 regulations)", 3, 0, 3, 0, Ombudsman.PHSO),
    ADULT_SOCIAL_CARE_2009("Adult social care complaints (2009 regulations)", 3, 0, 3, 0, Ombudsman.LGSCO),
    COUNCIL_CORPORATE("Council corporate complaints (two stages)", 5, 10, 5, 20, Ombudsman.LGSCO),
    VCSE("Voluntary sector partner (the partnership's promise)", 3, 0, 3, 0, Ombudsman.NONE);

    /** The default when an admin has chosen nothing: what the feedback form already promises everyone. */
    public static final ComplaintsPolicy DEFAULT = NHS_2009;

    /** Months after receipt the app proposes as the response date when the period is agreed with the person. */
    public static final int AGREED_PERIOD_MONTHS = 6;

    private final String label;
    private final int stage1Acknowledge;
    private final int stage1Answer;
    private final int stage2Acknowledge;
    private final int stage2Answer;
    private final Ombudsman ombudsman;

    ComplaintsPolicy(
            String label,
            int stage1Acknowledge,
            int stage1Answer,
            int stage2Acknowledge,
            int stage2Answer,
            Ombudsman ombudsman) {
        this.label = label;
        this.stage1Acknowledge = stage1Acknowledge;
        this.stage1Answer = stage1Answer;
        this.stage2Acknowledge = stage2Acknowledge;
        this.stage2Answer = stage2Answer;
        this.ombudsman = ombudsman;
    }

    public String label() {
        return label;
    }

    /** Working days to acknowledge at this stage (1 or 2). */
    public int acknowledgeWorkingDays(int stage) {
        return stage == 2 ? stage2Acknowledge : stage1Acknowledge;
    }

    /** Working days after acknowledgement to answer, or 0 when the period is agreed with the person. */
    public int answerWorkingDays(int stage) {
        return stage == 2 ? stage2Answer : stage1Answer;
    }

    public boolean hasTwoStages() {
        return this == COUNCIL_CORPORATE;
    }

    public Ombudsman ombudsman() {
        return ombudsman;
    }
}
