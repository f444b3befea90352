package uk.nowrongdoor.accounts.domain;

import uk.nowrongdoor.security.AppRoles;

/** What a staff member may do. One person may hold several. */
public enum StaffRole {
    ADMIN(AppRoles.ADMIN, "Partnership admin"),
    COMPLAINTS_LEAD(AppRoles.COMPLAINTS_LEAD, "Complaints lead"),
    COORDINATOR(AppRoles.COORDINATOR, "Referral coordinator"),
    PARTNER(AppRoles.PARTNER, "Partner editor");

    private final String authority;
    private final String label;

    StaffRole(String authority, String label) {
        this.authority = authority;
        this.label = label;
    }

    /** The role name Spring Security checks (without the {@code ROLE_} prefix). */
    public String authority() {
        return authority;
    }

    public String label() {
        return label;
    }
}
