package nl.plein.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.decision.DecisionForm;
import nl.plein.decision.Decisions;
import nl.plein.decision.Decisions.Candidate;
import nl.plein.decision.Verdict;
import nl.plein.notification.NotificationSettings;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.Dates;
import nl.plein.shared.OrganisationId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decisions on two demo projects, linked to the input other parts put in those projects' components
 * (ideas, contributions), so it runs after them; and the demo resident follows the playground project.
 */
@Component
@Order(900)
class DemoDecisions implements DemoPart {

    private static final List<String> USED_REASONS = List.of(
            "Dit is meegenomen in het besluit: het staat zo in het plan.",
            "Veel inwoners vroegen hierom. Het komt er.",
            "Dit past binnen het budget en de regels, dus we doen het.");
    private static final List<String> SET_ASIDE_REASONS = List.of(
            "Dit past niet binnen het budget van het project.",
            "Dit mag niet volgens de veiligheidsregels voor speelplekken.");

    private final ProjectManagement projects;
    private final Decisions decisions;
    private final NotificationSettings notifications;

    DemoDecisions(ProjectManagement projects, Decisions decisions, NotificationSettings notifications) {
        this.projects = projects;
        this.decisions = decisions;
        this.notifications = notifications;
    }

    @Override
    public void create(DemoMunicipality municipality) {
        OrganisationId org = municipality.organisation();
        Actor manager = Actor.of(municipality.projectManager());
        LocalDate today = LocalDate.now(Dates.ZONE);
        find(org, "Nieuw speelplein in Rietbroek").ifPresent(playground -> {
            notifications.follow(org, municipality.resident().accountId(), playground.id());
            decide(
                    org,
                    manager,
                    playground,
                    "Er komt een trapveldje naast de nieuwe toestellen",
                    "Wethouder Sport en Spelen",
                    today.minusDays(12),
                    """
                    Veel kinderen en ouders vroegen om een plek om te voetballen. Het trapveldje komt aan de kant \
                    van de Kreekweg, met een hek van 1 meter hoog.

                    De klimtoren en de schommels blijven in het ontwerp.""");
        });
        find(org, "Zonnepark Oostpolder")
                .ifPresent(solar -> decide(
                        org,
                        manager,
                        solar,
                        "Een haag van inheemse struiken rond het zonnepark",
                        "College van burgemeester en wethouders",
                        today.minusDays(40),
                        """
                Omwonenden wilden het park niet zien vanaf hun huis. Daarom komt er rondom een haag van \
                meidoorn, sleedoorn en hazelaar van 2,5 meter hoog.

                Het omgevingsfonds krijgt 40.000 euro per jaar. Een groep omwonenden kiest waar het geld naartoe gaat."""));
    }

    private java.util.Optional<ProjectDetails> find(OrganisationId org, String title) {
        return projects.allProjects(org).stream()
                .filter(p -> p.title().equals(title))
                .map(ProjectSummary::id)
                .findFirst()
                .flatMap(id -> projects.project(org, id));
    }

    /** Links the first few pieces of input: most used, some set aside, each with a reason. */
    private void decide(
            OrganisationId org,
            Actor actor,
            ProjectDetails project,
            String title,
            String decidedBy,
            LocalDate decidedOn,
            String description) {
        List<Candidate> candidates = decisions.candidates(org, project);
        Map<String, String> verdicts = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (int i = 0; i < Math.min(candidates.size(), 6); i++) {
            String key = candidates.get(i).key();
            boolean used = i % 3 != 2;
            verdicts.put(key, (used ? Verdict.USED : Verdict.SET_ASIDE).name());
            reasons.put(
                    key,
                    used
                            ? USED_REASONS.get(i % USED_REASONS.size())
                            : SET_ASIDE_REASONS.get(i % SET_ASIDE_REASONS.size()));
        }
        decisions.decide(
                org,
                actor,
                project.id(),
                new DecisionForm(
                        title,
                        description,
                        decidedBy,
                        decidedOn.toString(),
                        verdicts,
                        reasons,
                        UUID.randomUUID().toString()));
    }
}
