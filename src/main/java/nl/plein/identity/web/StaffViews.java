package nl.plein.identity.web;

import java.util.Set;
import nl.plein.identity.StaffRole;

/** The view records of StaffController's pages, apart from the controller so templates never depend on it. */
public final class StaffViews {

    private StaffViews() {}

    /** The add form as typed, with the roles ticked. */
    public record StaffForm(String email, String displayName, Set<StaffRole> roles) {}

    /** The roles an actor may tick: the platform admin role only for platform admins. */
    public record RoleChoice(StaffRole role, boolean checked) {}
}
