package nl.plein.plan;

/** Someone else saved this section since the editor loaded it; nothing was saved. */
public class SectionConflictException extends RuntimeException {

    private final transient SectionText current;

    public SectionConflictException(SectionText current) {
        super("Section " + current.section() + " changed to version " + current.version());
        this.current = current;
    }

    /** What is stored now, to show beside what the editor typed. */
    public SectionText current() {
        return current;
    }
}
