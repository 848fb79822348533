package nl.plein.meeting;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import nl.plein.mail.MailOutbox;
import nl.plein.mail.OutgoingMail;
import nl.plein.shared.Dates;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.SecretTokens;
import nl.plein.tenancy.Organisation;
import nl.plein.tenancy.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails of a registration, in the language the person registered in, with links to the site
 * they used. Everyone with a place gets the meeting as an iCalendar attachment: a REQUEST when they
 * get a place, on every change and as a reminder; a CANCEL when the meeting or their place is
 * cancelled. Each mail joins the transaction of the change it reports.
 */
@Component
class MeetingMails {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final String from;

    MeetingMails(
            MailOutbox outbox,
            MessageSource messages,
            Organisations organisations,
            JdbcClient jdbc,
            @Value("${plein.mail.from:noreply@plein.local}") String from) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.messages = messages;
        this.organisations = organisations;
        this.from = from;
    }

    // A mail per event; the MeetingManagement methods call these with the meeting as it is now.

    void confirmed(OrganisationId org, Meeting meeting, Registration registration) {
        send(org, meeting, registration, "meeting.mail.confirmed", ICalendar.Method.REQUEST);
    }

    void movedUp(OrganisationId org, Meeting meeting, Registration registration) {
        send(org, meeting, registration, "meeting.mail.movedUp", ICalendar.Method.REQUEST);
    }

    void waiting(OrganisationId org, Meeting meeting, Registration registration) {
        send(org, meeting, registration, "meeting.mail.waiting", null);
    }

    void updated(OrganisationId org, Meeting meeting, Registration registration) {
        send(org, meeting, registration, "meeting.mail.updated", ICalendar.Method.REQUEST);
    }

    void reminder(OrganisationId org, Meeting meeting, Registration registration) {
        send(org, meeting, registration, "meeting.mail.reminder", ICalendar.Method.REQUEST);
    }

    void registrationCancelled(OrganisationId org, Meeting meeting, Registration registration) {
        send(org, meeting, registration, "meeting.mail.registrationCancelled", ICalendar.Method.CANCEL);
    }

    /** Those with a place get a CANCEL for their calendar; those waiting never had the event, so just the mail. */
    void meetingCancelled(OrganisationId org, Meeting meeting, Registration registration) {
        send(
                org,
                meeting,
                registration,
                "meeting.mail.meetingCancelled",
                registration.registered() ? ICalendar.Method.CANCEL : null);
    }

    /** The link that turns an e-mail request into a registration; no calendar yet, there is no place yet. */
    void confirmRequest(
            OrganisationId org, Meeting meeting, String name, String email, String language, String site, UUID token) {
        Locale locale = Locale.forLanguageTag(language);
        Object[] args = {
            organisations.byId(org).name(),
            name,
            meeting.title(),
            Dates.moment(meeting.startsAt(), locale.getLanguage()),
            site + "/bijeenkomsten/bevestigen/" + token,
            EmailRegistrations.VALID_FOR.toDays()
        };
        outbox.enqueue(
                org,
                OutgoingMail.to(
                        email,
                        messages.getMessage("meeting.mail.confirmRequest.subject", args, locale),
                        messages.getMessage("meeting.mail.confirmRequest.body", args, locale)));
    }

    /** A cancel link of its own for this mail: only its hash is kept, and it works until the registration is gone. */
    private String cancelToken(OrganisationId org, Registration registration) {
        String token = SecretTokens.newToken();
        jdbc.sql("insert into meeting_cancel_token (organisation_id, token_hash, registration_id) values (?, ?, ?)")
                .params(org.value(), SecretTokens.hash(token), registration.id())
                .update();
        return token;
    }

    private void send(
            OrganisationId org, Meeting meeting, Registration registration, String key, ICalendar.Method method) {
        if (registration.email().isEmpty()) {
            return; // registered by staff without an address: staff keep them informed by phone or letter
        }
        Organisation organisation = organisations.byId(org);
        Locale locale = Locale.forLanguageTag(registration.locale());
        String site = registration.siteUrl();
        String meetingUrl = site + "/bijeenkomsten/" + meeting.id();
        String cancelUrl = site + "/bijeenkomsten/afmelden/" + cancelToken(org, registration);
        String where = meeting.online()
                ? messages.getMessage("meeting.mail.online", new Object[] {meeting.onlineLink()}, locale)
                : meeting.place();
        Object[] args = {
            organisation.name(),
            registration.name(),
            meeting.title(),
            Dates.moment(meeting.startsAt(), locale.getLanguage()),
            Dates.time(meeting.endsAt()),
            registration.registered() ? where : meeting.online() ? "online" : meeting.place(),
            meetingUrl,
            cancelUrl,
            registration.waitingPosition()
        };
        var mail = OutgoingMail.to(
                registration.email(),
                messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale));
        if (method != null) {
            byte[] ics = ICalendar.of(
                    method,
                    event(organisation, meeting, meetingUrl, meeting.online() ? meeting.onlineLink() : meeting.place())
                            .withAttendee(registration.name(), registration.email()),
                    Instant.now());
            mail = mail.withAttachment(
                    method == ICalendar.Method.CANCEL ? "afgelast.ics" : "uitnodiging.ics",
                    ICalendar.contentType(method),
                    ics);
        }
        outbox.enqueue(org, mail);
    }

    /**
     * The meeting for anyone's calendar, from its page. Same UID as the mails, so a calendar that later gets the
     * invitation updates this entry. An online meeting's link is for those registered, so it is not in here.
     */
    byte[] calendarFile(OrganisationId org, Meeting meeting, String siteUrl) {
        String meetingUrl = siteUrl + "/bijeenkomsten/" + meeting.id();
        return ICalendar.of(
                ICalendar.Method.PUBLISH,
                event(organisations.byId(org), meeting, meetingUrl, meeting.online() ? "online" : meeting.place()),
                Instant.now());
    }

    private ICalendar.Event event(Organisation organisation, Meeting meeting, String meetingUrl, String location) {
        String organizer = organisation.contactEmail() == null
                        || organisation.contactEmail().isBlank()
                ? from
                : organisation.contactEmail();
        return new ICalendar.Event(
                meeting.uid(),
                meeting.sequence(),
                meeting.startsAt(),
                meeting.endsAt(),
                meeting.title(),
                meeting.description() + "\n\n" + meetingUrl,
                location,
                meetingUrl,
                organisation.name(),
                organizer,
                null,
                null);
    }
}
