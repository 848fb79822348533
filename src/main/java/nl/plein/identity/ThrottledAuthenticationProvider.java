package nl.plein.identity;

import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login within the organisation of the request, behind {@link LoginThrottle}. Unknown
 * e-mail addresses cost the same hashing work as known ones, so timing does not reveal accounts.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final CurrentOrganisation currentOrganisation;
    private final String dummyHash;

    ThrottledAuthenticationProvider(
            Accounts accounts,
            LoginThrottle throttle,
            PasswordEncoder passwords,
            CurrentOrganisation currentOrganisation) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.currentOrganisation = currentOrganisation;
        this.dummyHash = passwords.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        OrganisationId organisation = currentOrganisation.id();
        String email = String.valueOf(authentication.getName()).trim();
        if (email.length() > AccountRules.MAX_EMAIL) {
            // No account has so long an address; cut it, so the failure can be stored and indexed
            // (a very long one made the insert fail with a server error) and still counts.
            email = email.substring(0, AccountRules.MAX_EMAIL + 1);
        }
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";

        String typed = email;
        PleinPrincipal signedIn =
                throttle.oneAtATime(organisation, email, () -> verify(organisation, typed, password, address));
        var result = UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private PleinPrincipal verify(OrganisationId organisation, String email, String password, String address) {
        LoginThrottle.Verdict verdict = throttle.check(organisation, email, address);
        if (!verdict.allowed()) {
            throw new LoginThrottledException(verdict.waitSeconds());
        }
        var principal = accounts.principal(organisation, email);
        boolean matches = passwords.matches(
                password, principal.map(PleinPrincipal::getPassword).orElse(dummyHash));
        if (principal.isEmpty() || !matches) {
            throttle.recordFailure(organisation, email, address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!principal.get().isEnabled()) {
            throw new DisabledException("Account not confirmed");
        }
        throttle.recordSuccess(organisation, email);
        PleinPrincipal signedIn = principal.get();
        signedIn.eraseCredentials();
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
