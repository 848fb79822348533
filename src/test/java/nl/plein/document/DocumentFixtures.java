package nl.plein.document;

import java.time.LocalDate;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.tenancy.Organisation;
import org.springframework.stereotype.Component;

/** Puts a document in a published project, which is what lets residents and visitors read it. */
@Component
public class DocumentFixtures {

    private final ProjectManagement projects;

    DocumentFixtures(ProjectManagement projects) {
        this.projects = projects;
    }

    /** A published project whose current phase holds the document; returns the project's id. */
    public long publishIn(Organisation org, long documentId) {
        long project = projects.create(
                org.id(),
                Actor.SYSTEM,
                new ProjectForm(
                        "Samen schrijven " + documentId,
                        "De tekst.",
                        "",
                        "",
                        "",
                        java.util.List.of(),
                        java.util.List.of(),
                        "",
                        0,
                        null));
        LocalDate today = LocalDate.now();
        long phase = projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                project,
                new PhaseForm(
                        "Schrijven",
                        "",
                        "CO_PRODUCE",
                        today.minusDays(1).toString(),
                        today.plusDays(30).toString(),
                        "",
                        "De tekst",
                        "De raad",
                        null));
        projects.addComponent(
                org.id(),
                Actor.SYSTEM,
                project,
                phase,
                new ComponentForm(
                        DocumentComponent.KEY,
                        "Schrijf mee",
                        Map.of(DocumentComponent.DOCUMENT, String.valueOf(documentId)),
                        ""));
        projects.publish(org.id(), Actor.SYSTEM, project);
        return project;
    }
}
