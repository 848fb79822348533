package nl.plein.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such course or module in this organisation. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrainingNotFoundException extends RuntimeException {

    public TrainingNotFoundException() {
        super("Not found");
    }
}
