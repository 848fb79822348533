package nl.plein.training.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.meeting.Meeting;
import nl.plein.meeting.MeetingForm;
import nl.plein.shared.FieldErrors;
import nl.plein.training.Training.Course;
import nl.plein.training.Training.Kind;
import nl.plein.training.Training.Module;
import nl.plein.training.Training.Progress;

/** What the training pages show; public because the generated template classes live elsewhere. */
public final class TrainingViews {

    private TrainingViews() {}

    public record CourseRow(Course course, boolean enrolled, long done) {}

    public record ListView(
            List<CourseRow> courses,
            boolean coordinator,
            FieldErrors errors,
            String title,
            String description,
            String requestKey,
            String notice) {}

    public record CourseView(
            Course course,
            List<Module> modules,
            List<Meeting> sessions,
            boolean enrolled,
            Set<Long> completed,
            boolean coordinator,
            FieldErrors errors,
            Map<String, String> typed,
            String notice) {

        public boolean done(Module module) {
            return completed.contains(module.id());
        }

        public long doneCount() {
            return modules.stream().filter(this::done).count();
        }

        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }

        public List<Kind> kinds() {
            return List.of(Kind.values());
        }
    }

    public record ModuleView(Course course, Module module, boolean enrolled, boolean done, String notice) {}

    public record ProgressView(Course course, List<Module> modules, List<Progress> people, String notice) {

        public long finished() {
            return people.stream().filter(p -> p.finished(modules)).count();
        }
    }

    public record SessionFormView(Course course, MeetingForm form, FieldErrors errors) {}
}
