package nl.plein.identity;

/** Roles of staff members within one organisation, plus the installation-wide platform admin. */
public enum StaffRole {
    ORGANISATION_ADMIN,
    PROJECT_MANAGER,
    MODERATOR,
    ANALYST,
    PLATFORM_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
