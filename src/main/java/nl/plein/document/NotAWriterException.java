package nl.plein.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only the writing group edits the draft, makes versions and decides on suggestions. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAWriterException extends RuntimeException {

    public NotAWriterException() {
        super("Not in the writing group");
    }
}
