package nl.plein.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.plein.shared.Dates;
import nl.plein.shared.Markdown;

/** A survey with its questions (removed ones included, for old responses), ordered by page and position. */
public record Survey(
        long id,
        String title,
        String intro,
        String closing,
        Audience audience,
        boolean anonymousAllowed,
        Instant opensAt,
        Instant closesAt,
        String resultsText,
        Instant resultsPublishedAt,
        int version,
        List<Question> allQuestions) {

    public enum State {
        /** No open date yet: staff are still building it. */
        DRAFT,
        COMING,
        OPEN,
        CLOSED;

        public String messageKey() {
            return "survey.state." + name();
        }
    }

    public Survey {
        allQuestions = List.copyOf(allQuestions);
    }

    public State state(Instant now) {
        if (opensAt == null) {
            return State.DRAFT;
        }
        if (now.isBefore(opensAt)) {
            return State.COMING;
        }
        return closesAt != null && !now.isBefore(closesAt) ? State.CLOSED : State.OPEN;
    }

    /** The first day one can answer, as people say it; null for a draft. */
    public LocalDate firstDay() {
        return opensAt == null ? null : opensAt.atZone(Dates.ZONE).toLocalDate();
    }

    /** The last day one can answer: the survey closes at the start of the day after. Null when it stays open. */
    public LocalDate lastDay() {
        return closesAt == null
                ? null
                : closesAt.atZone(Dates.ZONE).toLocalDate().minusDays(1);
    }

    public boolean resultsPublished() {
        return resultsPublishedAt != null;
    }

    /** The questions respondents get now. */
    public List<Question> questions() {
        return allQuestions.stream().filter(q -> !q.removed()).toList();
    }

    public List<Integer> pages() {
        return List.copyOf(
                new TreeSet<>(questions().stream().map(Question::page).toList()));
    }

    public List<Question> questionsOn(int page) {
        return questions().stream().filter(q -> q.page() == page).toList();
    }

    public Optional<Question> question(long id) {
        return allQuestions.stream().filter(q -> q.id() == id).findFirst();
    }

    /**
     * Whether a question shows, given the answers so far: its condition question must show and have
     * been answered with one of the condition's codes. Conditions only point backwards, so this ends.
     */
    public boolean visible(Question question, Map<String, List<String>> answers) {
        if (!question.conditional()) {
            return true;
        }
        Optional<Question> condition = question(question.conditionQuestionId());
        if (condition.isEmpty() || condition.get().removed() || !visible(condition.get(), answers)) {
            return false;
        }
        List<String> given = answers.getOrDefault(condition.get().key(), List.of());
        return given.stream().anyMatch(question.conditionValues()::contains);
    }

    public List<Question> visibleOn(int page, Map<String, List<String>> answers) {
        return questionsOn(page).stream().filter(q -> visible(q, answers)).toList();
    }

    public String introHtml() {
        return Markdown.toSafeHtml(intro);
    }

    public String closingHtml() {
        return Markdown.toSafeHtml(closing);
    }

    public String resultsHtml() {
        return Markdown.toSafeHtml(resultsText);
    }
}
