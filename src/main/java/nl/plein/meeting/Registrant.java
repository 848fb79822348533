package nl.plein.meeting;

/**
 * Who registers: a signed-in resident or staff member, or (accountId null) someone known only by the e-mail
 * address they confirmed; {@code staff} decides access to staff-only meetings.
 */
public record Registrant(Long accountId, String name, String email, boolean staff) {}
