package nl.plein.identity;

import nl.plein.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing the codes on personal letters, which identify a voter without a password: per client
 * address, as the login throttle counts password failures (a few free tries, then doubling waits, then a lock for
 * the window), in the same table, so every node sees the same count.
 */
@Component
public class CodeThrottle {

    /** Stored in place of an e-mail address: no account can have it (it has no "@"). */
    private static final String KEY = "letter code from ";

    private final LoginThrottle throttle;

    CodeThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** Whether this address may try a code now. */
    public boolean allowed(OrganisationId organisation, String address) {
        return throttle.check(organisation, KEY + address, address).allowed();
    }

    /** A code that identified nobody. */
    public void failed(OrganisationId organisation, String address) {
        throttle.recordFailure(organisation, KEY + address, address);
    }
}
