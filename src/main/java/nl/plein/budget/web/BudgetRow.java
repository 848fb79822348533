package nl.plein.budget.web;

/** One budget in the staff overview. */
public record BudgetRow(long id, String title, String projectTitle, String phaseName, long ballots) {}
