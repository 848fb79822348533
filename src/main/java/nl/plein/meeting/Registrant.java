package nl.plein.meeting;

/** Who registers: a signed-in resident or staff member; {@code staff} decides access to staff-only meetings. */
public record Registrant(long accountId, String name, String email, boolean staff) {}
