package nl.plein.moderation;

/** A post or moderation action refused by a rule; the message key says why, in the user's language. */
public class ModerationRuleException extends RuntimeException {

    private final String messageKey;

    public ModerationRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
