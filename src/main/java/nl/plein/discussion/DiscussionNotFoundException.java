package nl.plein.discussion;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such discussion or contribution in this organisation. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DiscussionNotFoundException extends RuntimeException {

    public DiscussionNotFoundException() {
        super("Not found");
    }
}
