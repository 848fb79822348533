package nl.plein.document;

/**
 * Someone else saved the section after this writer opened it. The section as it is now comes with
 * it, so the page can show both texts and the writer decides; nothing was overwritten.
 */
public class SectionConflictException extends RuntimeException {

    private final transient DocumentModel.Section current;

    public SectionConflictException(DocumentModel.Section current) {
        super("Section " + current.id() + " changed meanwhile");
        this.current = current;
    }

    public DocumentModel.Section current() {
        return current;
    }
}
