package nl.plein.project;

/** Someone else saved the project after this form was loaded; nothing was overwritten. */
public class ConcurrentChangeException extends RuntimeException {

    private final int currentVersion;

    public ConcurrentChangeException(int currentVersion) {
        super("The project was changed by someone else");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
