/**
 * Participatory budgeting (begroting): residents divide a budget over proposals with an approval, approval with a
 * maximum, knapsack or points ballot, one ballot per person (account, panel member or letter code) that they can
 * change until the vote closes; staff enter paper ballots. The count ({@link nl.plein.budget.count.Tally}) is
 * greedy or the Method of Equal Shares with the Add1 completion, exact to the cent; the results page explains per
 * proposal why it was funded or not. A .pb file (pabulib) can be imported and exported, and counted on the command
 * line ({@code ./plein pb-tally}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "project", "audit", "panel", "idea"})
package nl.plein.budget;
