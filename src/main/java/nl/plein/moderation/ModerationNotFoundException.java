package nl.plein.moderation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such moderated item in this organisation (ids of other organisations included). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ModerationNotFoundException extends RuntimeException {

    public ModerationNotFoundException() {
        super("Not found");
    }
}
