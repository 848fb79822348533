package nl.plein.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sections of a plan, in the order of the four questions and the practical parts. */
public enum PlanSection {
    POLICY_TASK(Question.WHY),
    DECISION_MAKER(Question.WHY),
    ROOM_FOR_INFLUENCE(Question.WHY),
    LADDER(Question.WHY),
    QUESTION(Question.WHAT),
    STAKEHOLDERS(Question.WHO),
    SENDER(Question.WHO),
    HARD_TO_REACH(Question.WHO),
    METHODS(Question.HOW),
    PLANNING(Question.PRACTICAL),
    COMMUNICATION(Question.PRACTICAL),
    PROCESSING(Question.PRACTICAL),
    FEEDBACK(Question.PRACTICAL),
    EVALUATION(Question.PRACTICAL),
    BUDGET(Question.PRACTICAL);

    /** The four questions of a participation plan, plus the practical parts. */
    public enum Question {
        WHY,
        WHAT,
        WHO,
        HOW,
        PRACTICAL;

        public String messageKey() {
            return "plan.question." + name();
        }

        public List<PlanSection> sections() {
            return Arrays.stream(PlanSection.values())
                    .filter(s -> s.question == this)
                    .toList();
        }
    }

    private final Question question;

    PlanSection(Question question) {
        this.question = question;
    }

    public Question question() {
        return question;
    }

    /** Used in addresses: lower case with dashes. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String messageKey() {
        return "plan.section." + name();
    }

    public String hintKey() {
        return "plan.section." + name() + ".hint";
    }

    public static Optional<PlanSection> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    public static Optional<PlanSection> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
