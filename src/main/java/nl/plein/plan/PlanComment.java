package nl.plein.plan;

import java.time.Instant;

/** A remark of a staff member on one section. */
public record PlanComment(long id, PlanSection section, String authorName, String body, Instant createdAt) {}
