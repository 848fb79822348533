package nl.plein.idea.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.idea.IdeaManagement;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One search box over the organisation's projects, ideas and discussions, results grouped by kind. */
@Controller
public class SearchController {

    static final int PER_KIND = 20;
    static final int MAX_QUERY = 200;

    public record Result(String title, String path, String excerpt) {}

    public record SearchView(String query, List<Result> projects, List<Result> ideas, List<Result> contributions) {
        public boolean searched() {
            return !query.isBlank();
        }

        public boolean empty() {
            return projects.isEmpty() && ideas.isEmpty() && contributions.isEmpty();
        }
    }

    private final ProjectManagement projects;
    private final IdeaManagement ideas;
    private final DiscussionManagement discussions;
    private final CurrentOrganisation currentOrganisation;

    SearchController(
            ProjectManagement projects,
            IdeaManagement ideas,
            DiscussionManagement discussions,
            CurrentOrganisation currentOrganisation) {
        this.projects = projects;
        this.ideas = ideas;
        this.discussions = discussions;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/zoeken")
    String search(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        if (query.isEmpty()) {
            model.addAttribute("view", new SearchView("", List.of(), List.of(), List.of()));
            return "idea/search";
        }
        OrganisationId org = currentOrganisation.id();
        // Ideas and contributions link through their project's address; drafts have none residents may see.
        Map<Long, ProjectSummary> published = projects.allProjects(org).stream()
                .filter(p -> p.status() != ProjectStatus.DRAFT)
                .collect(Collectors.toMap(ProjectSummary::id, p -> p));
        List<Result> projectResults = projects.search(org, query, PER_KIND).stream()
                .map(p -> new Result(p.title(), "/projecten/" + p.slug(), p.summary()))
                .toList();
        List<Result> ideaResults = ideas.search(org, query, PER_KIND).stream()
                .filter(h -> published.containsKey(h.projectId()))
                .map(h -> new Result(
                        h.title(),
                        "/projecten/" + published.get(h.projectId()).slug() + "/ideeen/" + h.componentId() + "/"
                                + h.id(),
                        h.excerpt()))
                .toList();
        List<Result> contributionResults = discussions.search(org, query, PER_KIND).stream()
                .filter(h -> published.containsKey(h.projectId()))
                .map(h -> new Result(
                        published.get(h.projectId()).title(),
                        "/projecten/" + published.get(h.projectId()).slug() + "/gesprek/" + h.componentId()
                                + "#reactie-" + h.id(),
                        h.excerpt()))
                .toList();
        model.addAttribute("view", new SearchView(query, projectResults, ideaResults, contributionResults));
        return "idea/search";
    }
}
