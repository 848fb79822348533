package nl.plein.opinionmap.web;

/** One opinion map in the staff overview. */
public record MapRow(long id, String title, String projectTitle, String phaseName) {}
