package nl.plein.idea.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.document.DocumentManagement;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.web.SearchViews.Result;
import nl.plein.idea.web.SearchViews.SearchView;
import nl.plein.meeting.MeetingManagement;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectStatus;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.Dates;
import nl.plein.shared.Excerpt;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One search box over the organisation's projects, ideas, discussions, documents and meetings, grouped by kind,
 * best match first in each. Ideas and contributions of a project that matches come after those that match
 * themselves, so a project's name also finds what residents said in it.
 */
@Controller
public class SearchController {

    static final int PER_KIND = 20;
    static final int MAX_QUERY = 200;

    private final ProjectManagement projects;
    private final IdeaManagement ideas;
    private final DiscussionManagement discussions;
    private final DocumentManagement documents;
    private final MeetingManagement meetings;
    private final CurrentOrganisation currentOrganisation;

    SearchController(
            ProjectManagement projects,
            IdeaManagement ideas,
            DiscussionManagement discussions,
            DocumentManagement documents,
            MeetingManagement meetings,
            CurrentOrganisation currentOrganisation) {
        this.projects = projects;
        this.ideas = ideas;
        this.discussions = discussions;
        this.documents = documents;
        this.meetings = meetings;
        this.currentOrganisation = currentOrganisation;
    }

    @GetMapping("/zoeken")
    String search(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        if (query.isEmpty()) {
            model.addAttribute("view", SearchView.none());
            return "idea/search";
        }
        OrganisationId org = currentOrganisation.id();
        String lang = LocaleContextHolder.getLocale().getLanguage();
        // Ideas and contributions link through their project's address; drafts have none residents may see.
        Map<Long, ProjectSummary> published = projects.allProjects(org).stream()
                .filter(p -> p.status() != ProjectStatus.DRAFT)
                .collect(Collectors.toMap(ProjectSummary::id, p -> p));
        List<ProjectSummary> matchingProjects = projects.search(org, query, PER_KIND);
        Set<Long> matchingIds =
                matchingProjects.stream().map(ProjectSummary::id).collect(Collectors.toSet());
        List<Result> projectResults = matchingProjects.stream()
                .map(p -> new Result(p.title(), "/projecten/" + p.slug(), p.summary(), ""))
                .toList();
        List<Result> ideaResults = ideas.search(org, query, matchingIds, PER_KIND).stream()
                .filter(h -> published.containsKey(h.projectId()))
                .map(h -> new Result(
                        h.title(),
                        "/projecten/" + published.get(h.projectId()).slug() + "/ideeen/" + h.componentId() + "/"
                                + h.id(),
                        h.excerpt(),
                        published.get(h.projectId()).title()))
                .toList();
        List<Result> contributionResults = discussions.search(org, query, matchingIds, PER_KIND).stream()
                .filter(h -> published.containsKey(h.projectId()))
                .map(h -> new Result(
                        published.get(h.projectId()).title(),
                        "/projecten/" + published.get(h.projectId()).slug() + "/gesprek/" + h.componentId()
                                + "#reactie-" + h.id(),
                        h.excerpt(),
                        ""))
                .toList();
        List<Result> documentResults = documents.search(org, query, PER_KIND).stream()
                .map(d -> new Result(d.title(), "/documenten/" + d.id(), Excerpt.of(d.introduction(), 200), ""))
                .toList();
        List<Result> meetingResults = meetings.search(org, query, PER_KIND).stream()
                .map(m -> new Result(
                        m.title(),
                        "/bijeenkomsten/" + m.id(),
                        Excerpt.of(m.description(), 200),
                        Dates.moment(m.startsAt(), lang)))
                .toList();
        model.addAttribute(
                "view",
                new SearchView(
                        query, projectResults, ideaResults, contributionResults, documentResults, meetingResults));
        return "idea/search";
    }
}
