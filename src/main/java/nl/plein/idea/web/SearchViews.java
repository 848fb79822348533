package nl.plein.idea.web;

import java.util.List;

/** The view records of SearchController's pages, apart from the controller so templates never depend on it. */
public final class SearchViews {

    private SearchViews() {}

    /** {@code context} says where it is (the project, or the meeting's day); empty when the title says it all. */
    public record Result(String title, String path, String excerpt, String context) {}

    public record SearchView(
            String query,
            List<Result> projects,
            List<Result> ideas,
            List<Result> contributions,
            List<Result> documents,
            List<Result> meetings) {

        static SearchView none() {
            return new SearchView("", List.of(), List.of(), List.of(), List.of(), List.of());
        }

        public boolean searched() {
            return !query.isBlank();
        }

        public int total() {
            return projects.size() + ideas.size() + contributions.size() + documents.size() + meetings.size();
        }

        public boolean empty() {
            return total() == 0;
        }
    }
}
