package nl.plein.identity;

import org.springframework.security.authentication.LockedException;

/** A login refused because of too many failures; says how long to wait, for the login page. */
public final class LoginThrottledException extends LockedException {

    private final long waitSeconds;

    LoginThrottledException(long waitSeconds) {
        super("Too many failed logins; wait " + waitSeconds + " s");
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
