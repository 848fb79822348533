/**
 * Meetings and workshops, in person or online: a place, a time, a capacity and registration
 * questions; registrations beyond capacity go to a waiting list that moves up by itself when someone
 * cancels; confirmation, update, reminder and cancellation mails carry an iCalendar file (RFC 5545,
 * one UID per meeting, a higher SEQUENCE per change). The online link is shown only to people with a
 * place. Staff take attendance and publish a summary afterwards, linked to the project. A workshop may
 * carry a worksheet (the participation plan's four questions) whose outcome other modules read through
 * {@link nl.plein.meeting.Worksheets}. A meeting for staff only is a training session.
 * {@link nl.plein.meeting.MeetingManagement} is the facade; the "meeting" component shows a meeting in a
 * project's phase.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "project", "audit", "mail"})
package nl.plein.meeting;
