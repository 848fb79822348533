package nl.plein.project;

/** A subject an organisation groups its projects by, such as "Verkeer" or "Groen". */
public record Theme(long id, String name) {}
