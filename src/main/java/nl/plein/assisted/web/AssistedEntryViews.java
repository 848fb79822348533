package nl.plein.assisted.web;

import java.util.List;
import java.util.Map;
import nl.plein.idea.Idea;
import nl.plein.meeting.Meeting;
import nl.plein.opinionmap.Statement;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.InputChannel;
import nl.plein.tenancy.Area;

/** The view records of AssistedEntryController's pages, apart from the controller so templates never depend on it. */
public final class AssistedEntryViews {

    private AssistedEntryViews() {}

    /** One place that takes input now, with the forms for it. */
    public record Place(String project, String title, String kind, long id) {}

    public record HubView(List<Place> places, List<Meeting> meetings) {}

    /** What every on-behalf form shows; {@code saved} is set right after the previous form was stored. */
    public record FormView(
            String title,
            String action,
            ResidentFields resident,
            List<InputChannel> channels,
            FieldErrors errors,
            boolean saved) {}

    public record SupportChoice(List<Idea> ideas, List<Long> chosen) {}

    public record ContributionFields(String body, Long areaId, List<Area> areas) {}

    public record ContactFields(String email, String phone) {}

    /** The statements of an opinion map as on a paper sheet, with the votes typed so far (1, -1, 0). */
    public record VoteSheet(List<Statement> statements, Map<Long, Integer> chosen) {

        public boolean chose(Statement statement, int vote) {
            return Integer.valueOf(vote).equals(chosen.get(statement.id()));
        }
    }
}
