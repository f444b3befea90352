package uk.nowrongdoor.security;

/** The staff roles. Members of the public never sign in. */
public final class AppRoles {

    /** Partnership admin: moderation, users, categories, places, crisis numbers. */
    public static final String ADMIN = "ADMIN";
    /** A VCSE partner: keeps its own organisation's listings and reads its referrals. */
    public static final String PARTNER = "PARTNER";
    /** Complaints lead: triages feedback and produces the quarterly report. */
    public static final String COMPLAINTS_LEAD = "COMPLAINTS_LEAD";

    private AppRoles() {}
}
