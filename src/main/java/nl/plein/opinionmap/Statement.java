package nl.plein.opinionmap;

/** A short sentence participants vote on. {@code status}: published, pending (waits for a moderator), rejected. */
public record Statement(long id, String text, String status, String origin) {

    public static final int MAX_LENGTH = 300;

    public boolean pending() {
        return "pending".equals(status);
    }
}
