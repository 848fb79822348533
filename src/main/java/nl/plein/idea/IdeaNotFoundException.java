package nl.plein.idea;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such idea or ideas component in this organisation. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IdeaNotFoundException extends RuntimeException {

    public IdeaNotFoundException() {
        super("Not found");
    }
}
