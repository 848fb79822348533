package nl.plein.project;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.shared.InputChannel;

/**
 * What residents did in one component, as a component type reports it for the participation report
 * and the organisation's dashboard. Counts are of people ({@code participants}) and of what they
 * gave ({@code inputs}: responses, contributions, ideas, votes...). Breakdowns leave out groups under
 * five people; the reader never sees who took part.
 *
 * @param participantsByChannel e.g. "panel", "link", "paper", "online", "in person"; may be empty
 * @param participantsByArea area code to number of people, where the component knows it
 * @param inputsByDay number of inputs per day, for participation over time
 * @param findingsMarkdown what came out, in plain words in the requested language (Markdown)
 */
public record Participation(
        long participants,
        long inputs,
        Map<String, Long> participantsByChannel,
        Map<String, Long> participantsByArea,
        Map<LocalDate, Long> inputsByDay,
        String findingsMarkdown) {

    /** Groups smaller than this are never shown in a breakdown. */
    public static final int SMALLEST_GROUP = 5;

    /** People by the channel their input came in through, leaving out groups under {@link #SMALLEST_GROUP}. */
    public static Map<String, Long> byChannel(Map<InputChannel, Long> people) {
        var shown = new LinkedHashMap<String, Long>();
        people.forEach((channel, n) -> {
            if (n >= SMALLEST_GROUP) {
                shown.put(channel.reportName(), n);
            }
        });
        return shown;
    }

    public Participation {
        participantsByChannel = Map.copyOf(participantsByChannel);
        participantsByArea = Map.copyOf(participantsByArea);
        inputsByDay = Map.copyOf(inputsByDay);
    }
}
