package nl.plein.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.budget.Budgets.Settings;
import nl.plein.shared.FieldErrors;

/**
 * A ballot as a form shows it, online and on the staff page for paper ballots: the proposals, what was chosen
 * (boxes "choice-ID", points "points-ID") and the points as typed, so a refused ballot comes back as it was.
 */
public record BallotChoices(
        Settings settings, List<Proposal> proposals, Map<Long, Integer> chosen, Map<Long, String> typed) {

    public BallotChoices {
        chosen = Map.copyOf(chosen);
        typed = Map.copyOf(typed);
    }

    /** A form filled in with a stored ballot (or empty). */
    public static BallotChoices of(Settings settings, List<Proposal> proposals, Map<Long, Integer> chosen) {
        Map<Long, String> typed = new LinkedHashMap<>();
        chosen.forEach((id, points) -> typed.put(id, Integer.toString(points)));
        return new BallotChoices(settings, proposals, chosen, typed);
    }

    /** Reads a submitted form; points that are not a whole number are an error at "choices". */
    public static BallotChoices read(
            Settings settings, List<Proposal> proposals, Map<String, String> fields, FieldErrors errors) {
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        Map<Long, String> typed = new LinkedHashMap<>();
        boolean points = settings.kind() == BallotKind.POINTS;
        for (Proposal p : proposals) {
            if (points) {
                String value = fields.getOrDefault("points-" + p.id(), "").strip();
                typed.put(p.id(), value);
                if (value.isEmpty() || value.equals("0")) continue;
                if (value.matches("\\d{1,6}")) {
                    chosen.put(p.id(), Integer.parseInt(value));
                } else if (!errors.has("choices")) {
                    errors.reject("choices", "budget.ballot.points.invalid");
                }
            } else if (fields.containsKey("choice-" + p.id())) {
                chosen.put(p.id(), 1);
            }
        }
        return new BallotChoices(settings, proposals, chosen, typed);
    }

    public boolean chose(Proposal p) {
        return chosen.containsKey(p.id());
    }

    public String typedPoints(Proposal p) {
        return typed.getOrDefault(p.id(), "");
    }

    public boolean points() {
        return settings.kind() == BallotKind.POINTS;
    }

    public boolean knapsack() {
        return settings.kind() == BallotKind.KNAPSACK;
    }

    /** What the chosen proposals cost together. */
    public long total() {
        return Budgets.total(proposals, chosen);
    }

    public long pointsGiven() {
        return chosen.values().stream().mapToLong(Integer::longValue).sum();
    }
}
