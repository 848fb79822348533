package nl.plein.decision;

/**
 * Input a decision links, as it was when the decision was recorded. When moderation hid it later, {@code hidden}
 * is set and its title and path are empty: the decision's reason stays, the resident's text does not.
 */
public record LinkedInput(
        String kind, long id, String title, String path, Verdict verdict, String reason, boolean hidden) {}
