package nl.plein.budget;

import nl.plein.shared.Markdown;

/**
 * One thing residents can fund with a budget ("voorstel"; pabulib and the literature call it a project, a word
 * Plein keeps for the participation project it lives in). Costs are in whole euros.
 *
 * @param ideaId the idea it was taken over from, if any
 * @param externalId its project id in an imported .pb file, if any
 */
public record Proposal(
        long id, String title, String description, long cost, Long areaId, Long ideaId, String externalId) {

    public String descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    /** The id it has in a .pb file: the imported one, else Plein's own. */
    public String pabulibId() {
        return externalId != null ? externalId : Long.toString(id);
    }
}
