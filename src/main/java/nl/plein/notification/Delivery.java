package nl.plein.notification;

/** How a resident hears about a topic. */
public enum Delivery {
    IMMEDIATE,
    DAILY,
    WEEKLY,
    OFF;

    public String messageKey() {
        return "notification.delivery." + name();
    }
}
