package nl.plein.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person: a resident or a staff member of exactly one organisation. */
public final class PleinPrincipal implements UserDetails, CredentialsContainer, SignedInPerson {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String STAFF = "ROLE_STAFF";
    public static final String RESIDENT = "ROLE_RESIDENT";

    private final long accountId;
    private final OrganisationId organisationId;
    private final String email;
    private final String displayName;
    private final Set<StaffRole> roles;
    private final boolean confirmed;
    private final int credentialsVersion;
    private String passwordHash;

    public PleinPrincipal(
            long accountId,
            OrganisationId organisationId,
            String email,
            String displayName,
            Set<StaffRole> roles,
            boolean confirmed,
            int credentialsVersion,
            String passwordHash) {
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.email = email;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.confirmed = confirmed;
        this.credentialsVersion = credentialsVersion;
        this.passwordHash = passwordHash;
    }

    public static Optional<PleinPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PleinPrincipal p
                ? Optional.of(p)
                : Optional.empty();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public OrganisationId organisationId() {
        return organisationId;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<StaffRole> roles() {
        return roles;
    }

    /** Which password this login was made with; a changed password ends older sessions. */
    public int credentialsVersion() {
        return credentialsVersion;
    }

    public boolean isStaff() {
        return !roles.isEmpty();
    }

    public boolean has(StaffRole role) {
        return roles.contains(role)
                || (role != StaffRole.PLATFORM_ADMIN && roles.contains(StaffRole.ORGANISATION_ADMIN));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(isStaff() ? STAFF : RESIDENT));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return confirmed;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
