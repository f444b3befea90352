package uk.nowrongdoor.security;

/** The staff roles. Members of the public never sign in. One person may hold several. */
public final class AppRoles {

    /** Partnership admin: moderation, users, categories, places, crisis numbers. */
    public static final String ADMIN = "ADMIN";
    /** A VCSE partner editor: keeps its own organisations' listings and reads their referrals. */
    public static final String PARTNER = "PARTNER";
    /** Complaints lead: triages feedback for their organisations (or the partnership) and produces the report. */
    public static final String COMPLAINTS_LEAD = "COMPLAINTS_LEAD";
    /** Referral coordinator: handles self-referrals that no partner has picked up, or that were redirected. */
    public static final String COORDINATOR = "COORDINATOR";

    private AppRoles() {}
}
