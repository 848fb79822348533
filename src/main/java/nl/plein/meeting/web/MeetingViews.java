package nl.plein.meeting.web;

import java.util.List;
import java.util.Map;
import nl.plein.meeting.EmailRegistrations;
import nl.plein.meeting.Meeting;
import nl.plein.meeting.MeetingForm;
import nl.plein.meeting.Registration;
import nl.plein.meeting.Worksheets;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;

/** What the meeting pages show; public because the generated template classes live elsewhere. */
public final class MeetingViews {

    private MeetingViews() {}

    public record ListView(List<Meeting> upcoming, List<Meeting> past) {}

    public record PageView(
            Meeting meeting,
            Registration mine,
            boolean signedIn,
            String projectTitle,
            String projectSlug,
            FieldErrors errors,
            Map<String, String> answers,
            String notice) {

        public String summaryHtml() {
            return Markdown.toSafeHtml(meeting.summary());
        }

        public String descriptionHtml() {
            return Markdown.toSafeHtml(meeting.description());
        }

        public List<String> answerFields() {
            return java.util.stream.IntStream.range(0, meeting.questionList().size())
                    .mapToObj(i -> "answer" + i)
                    .toList();
        }

        public String answer(int index) {
            return field("answer" + index);
        }

        /** What the visitor typed in a field, shown back after an error. */
        public String field(String name) {
            return answers.getOrDefault(name, "");
        }

        /** The fields of registering with only an e-mail address, in the form's order. */
        public List<String> emailFields() {
            var fields = new java.util.ArrayList<>(List.of("name", "email"));
            fields.addAll(answerFields());
            return fields;
        }
    }

    /** The page behind the confirmation link: the question, or (done) the outcome. */
    public record ConfirmView(
            Meeting meeting, EmailRegistrations.Request request, Registration registration, FieldErrors errors) {}

    /** @param token the cancel link's token, as the resident followed it (only its hash is stored) */
    public record CancelView(Meeting meeting, Registration registration, String token, boolean done) {}

    public record AdminListView(List<Meeting> meetings) {}

    public record FormView(MeetingForm form, FieldErrors errors, Long meetingId, List<ProjectSummary> projects) {

        public String action() {
            return meetingId == null
                    ? "/beheer/bijeenkomsten/nieuw"
                    : "/beheer/bijeenkomsten/" + meetingId + "/wijzigen";
        }
    }

    public record AdminView(
            Meeting meeting,
            List<Registration> registrations,
            FieldErrors errors,
            String summary,
            Worksheets.Outcome worksheet,
            String worksheetText,
            String notice) {

        public List<Registration> registered() {
            return registrations.stream().filter(Registration::registered).toList();
        }

        public List<Registration> waiting() {
            return registrations.stream().filter(Registration::waiting).toList();
        }

        public List<Worksheets.Question> questions() {
            return List.of(Worksheets.Question.values());
        }
    }
}
