package nl.plein.accessibility;

import java.time.LocalDate;

/** Who approved the statement ("gezien en akkoord"), by function, and when. */
public record Approval(String approvedBy, LocalDate approvedOn) {}
