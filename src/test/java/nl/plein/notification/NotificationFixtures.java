package nl.plein.notification;

import java.time.LocalDate;
import java.util.List;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.tenancy.Organisation;
import org.springframework.stereotype.Component;

/** A published project whose first phase starts on a given day. */
@Component
public class NotificationFixtures {

    private final ProjectManagement projects;

    NotificationFixtures(ProjectManagement projects) {
        this.projects = projects;
    }

    public ProjectDetails project(Organisation org, String title, LocalDate firstPhaseStarts) {
        long id = projects.create(
                org.id(),
                Actor.SYSTEM,
                new ProjectForm(title, "Over " + title, "", "", "", List.of(), List.of(), "", 0, null));
        projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                id,
                new PhaseForm(
                        "Meedenken",
                        "",
                        "CONSULT",
                        firstPhaseStarts.toString(),
                        firstPhaseStarts.plusDays(30).toString(),
                        "",
                        "Wat er komt",
                        "",
                        null));
        projects.publish(org.id(), Actor.SYSTEM, id);
        return projects.project(org.id(), id).orElseThrow();
    }
}
