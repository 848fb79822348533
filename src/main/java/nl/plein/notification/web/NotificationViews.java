package nl.plein.notification.web;

import java.util.List;
import java.util.Map;
import nl.plein.notification.Delivery;
import nl.plein.notification.NewsletterForm;
import nl.plein.notification.Newsletters.Audience;
import nl.plein.notification.Topic;
import nl.plein.project.ProjectDetails;
import nl.plein.shared.FieldErrors;
import nl.plein.tenancy.Area;

/** What the notification templates get. */
public final class NotificationViews {

    private NotificationViews() {}

    public record FollowView(ProjectDetails project, boolean signedIn, boolean following, String notice) {}

    public record PreferencesView(Map<Topic, Delivery> choices, List<Area> areas, Long areaId, String notice) {

        public List<Topic> topics() {
            return List.of(Topic.values());
        }
    }

    public record UnsubscribeView(String token, List<Topic> topics, boolean done) {}

    /** The text as it will be mailed, and how many will get it. */
    public record Preview(String audienceName, int recipients, String subject, String body) {}

    public record NewsletterView(
            List<Audience> audiences, NewsletterForm form, FieldErrors errors, Preview preview, String notice) {

        public List<String> fields() {
            return List.of("audience", "subject", "body");
        }

        public List<Audience> projects() {
            return audiences.stream().filter(a -> !a.area()).toList();
        }

        public List<Audience> areas() {
            return audiences.stream().filter(Audience::area).toList();
        }
    }
}
