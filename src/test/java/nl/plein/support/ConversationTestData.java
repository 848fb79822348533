package nl.plein.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Dates;
import nl.plein.tenancy.Organisation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A published project with a current phase holding a discussion and an ideas component. */
@Component
public class ConversationTestData {

    public record Place(String slug, long projectId, long discussionId, long ideasId) {
        public String discussionPath() {
            return "/projecten/" + slug + "/gesprek/" + discussionId;
        }

        public String ideasPath() {
            return "/projecten/" + slug + "/ideeen/" + ideasId;
        }
    }

    private final ProjectManagement projects;
    private final Accounts accounts;
    private final TestData data;
    private final TransactionTemplate transaction;

    ConversationTestData(
            ProjectManagement projects, Accounts accounts, TestData data, TransactionTemplate transaction) {
        this.projects = projects;
        this.accounts = accounts;
        this.data = data;
        this.transaction = transaction;
    }

    public Place project(Organisation org, String title) {
        PleinPrincipal manager = principal(org, data.staff(org, StaffRole.PROJECT_MANAGER));
        Actor actor = Actor.of(manager);
        return transaction.execute(status -> {
            long id = projects.create(
                    org.id(),
                    actor,
                    new ProjectForm(title, "Samen kiezen.", "", "", "", List.of(), List.of(), "", 0, ""));
            LocalDate today = LocalDate.now(Dates.ZONE);
            long phase = projects.addPhase(
                    org.id(),
                    actor,
                    id,
                    new PhaseForm(
                            "Meedenken",
                            "",
                            "CONSULT",
                            today.minusDays(2).toString(),
                            today.plusDays(20).toString(),
                            "",
                            "Wat er komt",
                            "",
                            ""));
            long discussion = projects.addComponent(
                    org.id(),
                    actor,
                    id,
                    phase,
                    new ComponentForm("discussion", "Praat mee", Map.of("question", "Wat vindt u van het plein?"), ""));
            long ideas = projects.addComponent(
                    org.id(), actor, id, phase, new ComponentForm("ideas", "Uw ideeën", Map.of(), ""));
            projects.publish(org.id(), actor, id);
            String slug = projects.project(org.id(), id).orElseThrow().slug();
            return new Place(slug, id, discussion, ideas);
        });
    }

    public PleinPrincipal principal(Organisation org, String email) {
        return accounts.principal(org.id(), email).orElseThrow();
    }

    /** A resident whose account is old enough for the normal posting limit. */
    public PleinPrincipal settledResident(Organisation org) {
        String email = "settled-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.createConfirmed(
                org.id(),
                email,
                "Inwoner " + email.substring(8, 12),
                TestData.PASSWORD,
                EnumSet.noneOf(StaffRole.class));
        return principal(org, email);
    }
}
