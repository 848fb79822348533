package nl.plein.panel;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in person is not (or no longer) a panel member. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PanelMemberNotFoundException extends RuntimeException {}
