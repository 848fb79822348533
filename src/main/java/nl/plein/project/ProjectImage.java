package nl.plein.project;

import java.time.Instant;

/** The stored (already re-encoded) image of a project. */
public record ProjectImage(byte[] content, String contentType, Instant updatedAt) {}
