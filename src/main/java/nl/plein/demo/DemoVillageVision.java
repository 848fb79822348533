package nl.plein.demo;

import java.util.EnumSet;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.document.DocumentManagement;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.project.ComponentForm;
import nl.plein.project.Phase;
import nl.plein.project.PhaseTiming;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.OrganisationId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The village vision of Hoogwater in its second draft, read and commented on from the Hoogwater project's
 * writing phase: written by the village association's chair and
 * the project manager, with residents' comments on the first version, one suggestion accepted into
 * the second and one still open.
 */
@Component
@Order(70)
class DemoVillageVision implements DemoPart {

    static final String CHAIR = "dorpsbelang@zeeveld.example";
    static final String NEIGHBOUR = "buurman@zeeveld.example";

    private final DocumentManagement documents;
    private final Accounts accounts;

    private final ProjectManagement projects;

    DemoVillageVision(DocumentManagement documents, Accounts accounts, ProjectManagement projects) {
        this.documents = documents;
        this.accounts = accounts;
        this.projects = projects;
    }

    @Override
    public void create(DemoMunicipality m) {
        OrganisationId org = m.organisation();
        PleinPrincipal chair = resident(org, CHAIR, "Henk Mulder");
        PleinPrincipal neighbour = resident(org, NEIGHBOUR, "Joost Bos");
        PleinPrincipal writer = m.projectManager();

        long id = documents.create(
                org,
                writer,
                "Dorpsvisie Hoogwater 2040",
                "Samen met Dorpsbelang Hoogwater schrijven we op hoe we in 2040 in Hoogwater willen wonen, werken en"
                        + " leven. Lees mee en reageer per alinea.",
                "");
        documents.addWriter(org, writer, id, CHAIR);
        long wonen = documents.addSection(org, writer, id, "Wonen", """
                Hoogwater wil een dorp blijven waar jong en oud kan wonen. Er komen twintig nieuwe woningen aan de rand van het dorp.

                Jongeren die in het dorp zijn opgegroeid, krijgen voorrang bij de nieuwe huurwoningen.""");
        long voorzieningen = documents.addSection(org, chair, id, "Voorzieningen", """
                Het dorpshuis Het Baken is het hart van Hoogwater. Het dorpshuis blijft open, ook als er minder subsidie is.

                De bus naar Zeeveld rijdt ieder uur.""");
        documents.addSection(org, writer, id, "Groen en water", """
                Rond het dorp komt meer ruimte voor water en natuur.

                De dijk blijft een wandelroute.""");
        documents.makeVersion(org, writer, id, "Eerste concept, na de eerste dorpsavond");

        documents.comment(
                org, m.resident(), id, 1, wonen, 0, "Denk ook aan ouderen die kleiner willen wonen in het dorp.", "");
        documents.comment(org, neighbour, id, 1, voorzieningen, 1, "Ieder uur is niet genoeg in de spits.", "");
        long accepted = documents.suggest(
                org,
                m.resident(),
                id,
                1,
                wonen,
                0,
                "Hoogwater wil een dorp blijven waar jong en oud kan wonen. Er komen twintig nieuwe woningen aan de"
                        + " rand van het dorp, ook voor ouderen.",
                "");
        documents.accept(org, chair, id, accepted, "Goed punt, dat nemen we over.");
        var draft = documents.draft(org, id);
        var bus =
                draft.stream().filter(s -> s.id() == voorzieningen).findFirst().orElseThrow();
        documents.editSection(
                org,
                chair,
                id,
                voorzieningen,
                bus.heading(),
                bus.body()
                        .replace(
                                "De bus naar Zeeveld rijdt ieder uur.",
                                "De bus naar Zeeveld rijdt ieder uur, in de spits ieder half uur."),
                bus.version());
        documents.makeVersion(org, chair, id, "Tweede concept, met de reacties op het eerste concept");
        // Residents find it where the project asks them to write along, in its current phase.
        ProjectSummary project = projects.allProjects(org).stream()
                .filter(p -> p.title().equals("Dorpsvisie Hoogwater 2040"))
                .findFirst()
                .orElseThrow();
        Phase writing = projects.project(org, project.id()).orElseThrow().phases().stream()
                .filter(p -> p.timing() == PhaseTiming.CURRENT)
                .findFirst()
                .orElseThrow();
        projects.addComponent(
                org,
                Actor.of(writer),
                project.id(),
                writing.id(),
                new ComponentForm(
                        "shared-document", "Lees mee met de dorpsvisie", Map.of("document", String.valueOf(id)), ""));

        documents.suggest(
                org,
                neighbour,
                id,
                2,
                voorzieningen,
                0,
                "Het dorpshuis Het Baken is het hart van Hoogwater. Het dorpshuis blijft open en krijgt een"
                        + " huiskamer voor ouderen.",
                "");
        documents.comment(org, neighbour, id, 2, wonen, 1, "Goed dat jongeren voorrang krijgen.", "");
    }

    private PleinPrincipal resident(OrganisationId org, String email, String name) {
        long id = accounts.createConfirmed(org, email, name, DemoData.PASSWORD, EnumSet.noneOf(StaffRole.class));
        return accounts.principal(org, id).orElseThrow();
    }
}
