package nl.plein.decision;

import java.time.LocalDate;
import java.util.List;
import nl.plein.shared.Markdown;

/** A recorded decision with the input it links, in the order staff listed it. */
public record Decision(
        long id,
        long projectId,
        String title,
        String description,
        String decidedBy,
        LocalDate decidedOn,
        List<LinkedInput> inputs) {

    public String descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    public List<LinkedInput> used() {
        return inputs.stream().filter(i -> i.verdict() == Verdict.USED).toList();
    }

    public List<LinkedInput> setAside() {
        return inputs.stream().filter(i -> i.verdict() == Verdict.SET_ASIDE).toList();
    }

    public String path(String projectSlug) {
        return "/projecten/" + projectSlug + "/besluiten/" + id;
    }
}
