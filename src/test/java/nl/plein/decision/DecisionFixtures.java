package nl.plein.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.project.ComponentForm;
import nl.plein.project.Input;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Dates;
import nl.plein.support.TestData;
import nl.plein.tenancy.Organisation;
import org.springframework.stereotype.Component;

/** A published project with one component offering three ideas, each by its own resident. */
@Component
public class DecisionFixtures {

    /** The decision form's fields as staff post them: one decision linking one input with a verdict and reason. */
    public static Map<String, String> decisionFields(
            String title, String decidedBy, String description, String inputKey, String verdict, String reason) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("decidedBy", decidedBy);
        fields.put("decidedOn", "2026-11-01");
        fields.put("description", description);
        fields.put("verdict-" + inputKey, verdict);
        fields.put("reason-" + inputKey, reason);
        fields.put("requestKey", UUID.randomUUID().toString());
        return fields;
    }

    public record Setup(Organisation org, ProjectDetails project, List<String> authors, List<Input> ideas) {}

    private final TestData data;
    private final Accounts accounts;
    private final ProjectManagement projects;
    private final TestInputs inputs;

    DecisionFixtures(TestData data, Accounts accounts, ProjectManagement projects, TestInputs inputs) {
        this.data = data;
        this.accounts = accounts;
        this.projects = projects;
        this.inputs = inputs;
    }

    public Setup projectWithThreeIdeas(String orgName) {
        Organisation org = data.organisation(orgName);
        long projectId = projects.create(
                org.id(),
                Actor.SYSTEM,
                new ProjectForm(
                        "Nieuw park Molenwijk",
                        "Wat komt er in het park?",
                        "",
                        "",
                        "",
                        List.of(),
                        List.of(),
                        "",
                        0,
                        null));
        LocalDate today = LocalDate.now(Dates.ZONE);
        long phaseId = projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                projectId,
                new PhaseForm(
                        "Ideeën ophalen",
                        "",
                        "CONSULT",
                        today.minusDays(10).toString(),
                        today.plusDays(10).toString(),
                        "",
                        "Wat er in het park komt",
                        "",
                        null));
        long componentId = projects.addComponent(
                org.id(),
                Actor.SYSTEM,
                projectId,
                phaseId,
                new ComponentForm(TestInputs.KEY, "Ideeën", Map.of(), null));
        projects.publish(org.id(), Actor.SYSTEM, projectId);
        List<String> authors = List.of(data.resident(org), data.resident(org), data.resident(org));
        List<String> titles = List.of("Een pluktuin", "Meer bankjes in de schaduw", "Een hondenspeelveld");
        List<Input> ideas = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long author =
                    accounts.principal(org.id(), authors.get(i)).orElseThrow().accountId();
            long id = 1000 + i + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000) * 10;
            ideas.add(new Input(
                    "idea", id, titles.get(i), "/projecten/nieuw-park-molenwijk/ideeen/" + id, Set.of(author)));
        }
        inputs.offer(componentId, ideas);
        return new Setup(org, projects.project(org.id(), projectId).orElseThrow(), authors, ideas);
    }
}
