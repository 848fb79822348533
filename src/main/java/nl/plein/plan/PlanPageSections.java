package nl.plein.plan;

import java.util.ArrayList;
import java.util.List;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectPageExtension;
import nl.plein.shared.Markdown;
import nl.plein.shared.OrganisationId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The project page shows an agreed plan's planning and feedback moment (the ladder level and room for
 * influence per phase are there already) and links to the whole plan; staff reach the plan from the
 * project's back-office page. A draft plan shows nothing to residents.
 */
@Component
@Order(30)
class PlanPageSections implements ProjectPageExtension {

    /** The sections sit under an h2 on the project page, so staff's own headings start one lower. */
    static final int TOP_HEADING = 3;

    private final ParticipationPlans plans;

    PlanPageSections(ParticipationPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<ProjectSection> publicSections(OrganisationId organisation, ProjectDetails project) {
        return plans.publicSummary(organisation, project)
                .map(summary -> {
                    List<ProjectSection> sections = new ArrayList<>();
                    if (!summary.planning().isBlank()) {
                        sections.add(new ProjectSection("plan.page.planning", belowH2(summary.planning())));
                    }
                    if (!summary.feedback().isBlank()) {
                        sections.add(new ProjectSection("plan.page.feedback", belowH2(summary.feedback())));
                    }
                    return List.copyOf(sections);
                })
                .orElse(List.of());
    }

    @Override
    public List<ProjectLink> publicLinks(OrganisationId organisation, ProjectDetails project) {
        return plans.publicSummary(organisation, project)
                .map(summary ->
                        List.of(ProjectLink.of("/projecten/" + project.slug() + "/participatieplan", "plan.page.link")))
                .orElse(List.of());
    }

    @Override
    public List<ProjectLink> adminLinks(OrganisationId organisation, ProjectDetails project) {
        return List.of(
                ProjectLink.of("/beheer/projecten/" + project.id() + "/participatieplan", "plan.page.adminLink"));
    }

    /** Staff's Markdown as safe HTML whose headings start at h3: a "# Planning" must not become a second h1. */
    static String belowH2(String markdown) {
        Document html = Jsoup.parseBodyFragment(Markdown.toSafeHtml(markdown));
        int top = 6;
        for (Element heading : html.body().select("h1, h2, h3, h4, h5, h6")) {
            top = Math.min(top, level(heading));
        }
        int shift = Math.max(0, TOP_HEADING - top);
        if (shift > 0) {
            for (Element heading : html.body().select("h1, h2, h3, h4, h5, h6")) {
                heading.tagName("h" + Math.min(6, level(heading) + shift));
            }
        }
        return html.body().html();
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
