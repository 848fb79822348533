package nl.plein.shared;

import java.util.List;
import java.util.Locale;

/**
 * How a resident's input came in: online by the resident, or entered by staff on their behalf from a paper
 * form, a phone call or a conversation in person (a desk, a neighbourhood worker, a meeting).
 */
public enum InputChannel {
    ONLINE,
    PAPER,
    PHONE,
    IN_PERSON;

    /** The channels staff choose from when they enter input on someone's behalf. */
    public static final List<InputChannel> ASSISTED = List.of(PAPER, PHONE, IN_PERSON);

    public String messageKey() {
        return "channel." + name();
    }

    /** The name a component reports in {@code Participation.participantsByChannel}. */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The assisted channel a form sent, or null for anything else. */
    public static InputChannel assisted(String value) {
        return ASSISTED.stream().filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }
}
