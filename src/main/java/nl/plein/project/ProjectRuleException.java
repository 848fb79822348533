package nl.plein.project;

/** A transition the project's rules do not allow (such as publishing without phases); the key explains why. */
public class ProjectRuleException extends RuntimeException {

    private final String messageKey;

    public ProjectRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
