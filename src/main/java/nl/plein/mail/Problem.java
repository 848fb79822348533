package nl.plein.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.springframework.mail.MailAuthenticationException;

/** Why a mail was not sent, in the terms of what a platform admin can do about it; the exception keeps the rest. */
public enum Problem {
    /** The mail server could not be reached: down, wrong host or port, or a firewall. */
    CONNECTION,
    /** The mail server refused Plein's user name or password. */
    LOGIN,
    /** The mail server refused the address. */
    RECIPIENT,
    OTHER;

    public String messageKey() {
        return "outbox.problem." + name();
    }

    static Problem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MailAuthenticationException || t instanceof AuthenticationFailedException) {
                return LOGIN;
            }
            // The mail library's connect failure carries the socket's exception as its cause.
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return CONNECTION;
            }
            if (t instanceof SendFailedException) {
                return RECIPIENT;
            }
        }
        return OTHER;
    }
}
