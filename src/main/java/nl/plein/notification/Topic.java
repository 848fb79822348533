package nl.plein.notification;

import java.util.List;
import nl.plein.shared.Notice;

/** What a resident can choose to hear about: the kinds of {@link Notice}, and newsletters. */
public enum Topic {
    REPLY,
    IDEA_STATUS,
    NEW_PHASE,
    DECISION,
    NEWSLETTER;

    public static Topic of(Notice.Kind kind) {
        return valueOf(kind.name());
    }

    /** A newsletter is sent when staff send it, or not at all: it never waits for a digest. */
    public List<Delivery> choices() {
        return this == NEWSLETTER
                ? List.of(Delivery.IMMEDIATE, Delivery.OFF)
                : List.of(Delivery.IMMEDIATE, Delivery.DAILY, Delivery.WEEKLY, Delivery.OFF);
    }

    public String messageKey() {
        return "notification.topic." + name();
    }
}
