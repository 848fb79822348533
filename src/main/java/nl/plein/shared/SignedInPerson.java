package nl.plein.shared;

/**
 * The signed-in person as other modules see them, without depending on the identity module: enough
 * to scope a command to an organisation and to name the actor in the audit log.
 */
public interface SignedInPerson {

    long accountId();

    OrganisationId organisationId();

    String displayName();
}
