package nl.plein.budget.web;

import nl.plein.budget.BallotChoices;
import nl.plein.shared.FieldErrors;
import nl.plein.shared.Markdown;

/**
 * The ballot page: the budget, the proposals with what is chosen, and who is voting.
 *
 * @param askPostcode a budget for one area, and the voter's area is not known from their panel profile
 * @param hasBallot the signed-in voter voted before; the form shows that ballot
 * @param counted the page answers the "count my choice" button: the total is shown, nothing is stored
 */
public record BallotView(
        String projectTitle,
        String title,
        String path,
        String projectPath,
        String introduction,
        boolean open,
        boolean signedIn,
        boolean askPostcode,
        BallotChoices choices,
        FieldErrors errors,
        String code,
        String postcode,
        boolean hasBallot,
        boolean counted) {

    public String introductionHtml() {
        return Markdown.toSafeHtml(introduction);
    }

    public long left() {
        return choices.settings().amount() - choices.total();
    }

    public boolean overBudget() {
        return left() < 0;
    }
}
