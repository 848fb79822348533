package nl.plein.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.project.ComponentType;
import nl.plein.project.Input;
import nl.plein.project.Participation;
import nl.plein.project.PhaseComponent;
import nl.plein.shared.Dates;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.util.HtmlUtils;

/**
 * A meeting or workshop in a phase: staff make the meeting under Bijeenkomsten and add it here by its
 * number. Residents see when and where, and register on the meeting's own page. Participation counts
 * the people who came (or, before attendance is taken, those with a place), in person or online.
 */
@Component
class MeetingComponent implements ComponentType {

    static final String KEY = "meeting";
    static final String MEETING = "meeting";

    private final MeetingManagement meetings;
    private final CurrentOrganisation currentOrganisation;
    private final MessageSource messages;

    MeetingComponent(MeetingManagement meetings, CurrentOrganisation currentOrganisation, MessageSource messages) {
        this.meetings = meetings;
        this.currentOrganisation = currentOrganisation;
        this.messages = messages;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "meeting.component";
    }

    @Override
    public String descriptionKey() {
        return "meeting.component.description";
    }

    @Override
    public List<SettingField> settingFields() {
        return List.of(new SettingField(MEETING, "meeting.component.number", SettingField.Kind.TEXT, true));
    }

    @Override
    public FieldErrors validate(Map<String, String> settings) {
        return new FieldErrors()
                .rejectIf(
                        number(settings.getOrDefault(MEETING, "")) == null, MEETING, "meeting.component.error.number");
    }

    @Override
    public Optional<String> publicUrl(String projectSlug, PhaseComponent component) {
        return meeting(component).map(m -> "/bijeenkomsten/" + m.id());
    }

    @Override
    public String publicHtml(PhaseComponent component) {
        Optional<Meeting> found = meeting(component);
        if (found.isEmpty()) {
            return "";
        }
        Meeting meeting = found.get();
        Locale locale = LocaleContextHolder.getLocale();
        String where = meeting.online() ? messages.getMessage("meeting.online", null, locale) : meeting.place();
        var html = new StringBuilder("<p class=\"utrecht-paragraph\">")
                .append(HtmlUtils.htmlEscape(meeting.when(locale.getLanguage())))
                .append(", ")
                .append(HtmlUtils.htmlEscape(where))
                .append(".</p>");
        String status = meeting.cancelled()
                ? messages.getMessage("meeting.cancelled", null, locale)
                : meeting.open()
                        ? messages.getMessage("meeting.placesLeft", new Object[] {meeting.placesLeft()}, locale)
                        : messages.getMessage("meeting.closed", null, locale);
        html.append("<p class=\"utrecht-paragraph\">")
                .append(HtmlUtils.htmlEscape(status))
                .append("</p>");
        if (meeting.summaryPublished()) {
            html.append(Markdown.toSafeHtml(meeting.summary()));
        }
        return html.toString();
    }

    @Override
    public Optional<Participation> participation(OrganisationId org, PhaseComponent component, Locale locale) {
        Long id = number(component.setting(MEETING));
        Optional<Meeting> found = id == null ? Optional.empty() : meetings.meeting(org, id);
        if (found.isEmpty() || found.get().staffOnly()) {
            return Optional.empty();
        }
        Meeting meeting = found.get();
        List<Registration> registrations = meetings.registrations(org, meeting.id()).stream()
                .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .toList();
        boolean attendanceTaken = registrations.stream().anyMatch(r -> r.attended() != null);
        long participants = registrations.stream()
                .filter(r -> attendanceTaken ? Boolean.TRUE.equals(r.attended()) : r.registered())
                .count();
        var channels = new LinkedHashMap<String, Long>();
        if (participants >= Participation.SMALLEST_GROUP) {
            channels.put(meeting.online() ? "online" : "in person", participants);
        }
        Map<LocalDate, Long> byDay = registrations.stream()
                .collect(Collectors.groupingBy(
                        r -> r.registeredAt().atZone(Dates.ZONE).toLocalDate(), Collectors.counting()));
        String findings = meeting.summaryPublished() ? meeting.summary() : "";
        return Optional.of(new Participation(participants, registrations.size(), channels, Map.of(), byDay, findings));
    }

    /** A published summary is what a decision can point to; those who came are told when it is used. */
    @Override
    public List<Input> inputs(OrganisationId org, PhaseComponent component) {
        Long id = number(component.setting(MEETING));
        Optional<Meeting> found = id == null ? Optional.empty() : meetings.meeting(org, id);
        if (found.isEmpty() || !found.get().summaryPublished() || found.get().staffOnly()) {
            return List.of();
        }
        Meeting meeting = found.get();
        Set<Long> attendees = meetings.registrations(org, meeting.id()).stream()
                .filter(r -> Boolean.TRUE.equals(r.attended()) || (r.registered() && r.attended() == null))
                .map(Registration::accountId)
                .collect(Collectors.toSet());
        return List.of(new Input(
                "meeting-summary", meeting.id(), meeting.title(), "/bijeenkomsten/" + meeting.id(), attendees));
    }

    /** Only in a request: the component is shown on the organisation's own pages. */
    private Optional<Meeting> meeting(PhaseComponent component) {
        Long id = number(component.setting(MEETING));
        if (id == null || RequestContextHolder.getRequestAttributes() == null) {
            return Optional.empty();
        }
        return meetings.meeting(currentOrganisation.id(), id).filter(m -> !m.staffOnly());
    }

    static Long number(String value) {
        try {
            long n = Long.parseLong(value.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
