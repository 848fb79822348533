package nl.plein.plan;

import java.time.Instant;

/** One saved text of a section: who changed it and when. */
public record PlanChange(PlanSection section, int version, String body, String authorName, Instant savedAt) {}
