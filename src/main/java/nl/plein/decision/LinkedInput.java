package nl.plein.decision;

/** Input a decision links, as it was when the decision was recorded. */
public record LinkedInput(String kind, long id, String title, String path, Verdict verdict, String reason) {}
