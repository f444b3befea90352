package uk.nowrongdoor.referral.service;

import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.domain.ForWhom;

/** Seed listings (content/directory) and a request that passes every rule. */
public final class ReferralFixtures {

    public static final String ACCEPTING = "rethink-self-referral-support";
    /** The organisation of {@link #ACCEPTING}: tests give it a receiving team with {@code ReceivingTeams}. */
    public static final String ACCEPTING_ORGANISATION = "rethink-mental-illness";

    public static final String NOT_ACCEPTING = "autism-support-after-diagnosis";

    private ReferralFixtures() {}

    public static SelfReferralRequest validRequest() {
        var r = new SelfReferralRequest();
        r.setForWhom(ForWhom.ME);
        r.setSafeNow(SafeNow.YES);
        r.setHelpWanted("I would like to talk to someone about feeling low since my job ended.");
        r.setContactName("Sam");
        r.setContactMethod(ContactMethod.PHONE);
        r.setPhone("07700 900982");
        r.setVoicemailOk(true);
        r.setBestTimes("Weekday mornings");
        r.setConsentToShare(true);
        return r;
    }
}
