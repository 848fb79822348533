package nl.plein.report;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;

/** A project with two phases and components of the test type, in an organisation with three areas. */
final class ReportFixture {

    static final String AREAS = """
            "Wijken en buurten";"Gemeentenaam";"Soort regio";"Codering";"Aantal inwoners (aantal)";"Mannen (aantal)";"Vrouwen (aantal)";"0 tot 15 jaar (aantal)";"15 tot 25 jaar (aantal)";"25 tot 45 jaar (aantal)";"45 tot 65 jaar (aantal)";"65 jaar of ouder (aantal)"
            "Testdorp";"Testdorp";"Gemeente";"GM9001";"30000";"15000";"15000";"6000";"4000";"8000";"7000";"5000"
            "Noord";"Testdorp";"Wijk";"WK900101";"12000";"6000";"6000";"2400";"1600";"3200";"2800";"2000"
            "Zuid";"Testdorp";"Wijk";"WK900102";"10000";"5000";"5000";"2000";"1300";"2700";"2300";"1700"
            "Oost";"Testdorp";"Wijk";"WK900103";"8000";"4000";"4000";"1600";"1100";"2100";"1900";"1300"
            """;

    final long projectId;
    final List<Long> componentIds;

    private ReportFixture(long projectId, List<Long> componentIds) {
        this.projectId = projectId;
        this.componentIds = componentIds;
    }

    static void areas(Organisations organisations, OrganisationId org) {
        if (!organisations.importAreas(org, new StringReader(AREAS)).succeeded()) {
            throw new IllegalStateException("areas did not import");
        }
    }

    /** A project in Noord and Zuid, with {@code components} test components spread over two phases. */
    static ReportFixture project(
            ProjectManagement projects, Organisations organisations, OrganisationId org, String title, int components) {
        List<Long> areaIds = organisations.areas(org).stream()
                .filter(a -> a.name().equals("Noord") || a.name().equals("Zuid"))
                .map(Area::id)
                .toList();
        long id = projects.create(
                org,
                Actor.SYSTEM,
                new ProjectForm(title, "Samenvatting.", "Tekst.", "Bram", "", areaIds, List.of(), "", 0, null));
        LocalDate today = LocalDate.now();
        projects.addPhase(org, Actor.SYSTEM, id, phase("Ophalen", "CONSULT", today.minusDays(60), today.minusDays(31)));
        projects.addPhase(org, Actor.SYSTEM, id, phase("Kiezen", "CO_DECIDE", today.minusDays(30), today.plusDays(10)));
        ProjectDetails project = projects.project(org, id).orElseThrow();
        for (int i = 0; i < components; i++) {
            long phaseId = project.phases().get(i % 2).id();
            projects.addComponent(
                    org,
                    Actor.SYSTEM,
                    id,
                    phaseId,
                    new ComponentForm(FiguresComponentType.KEY, "Onderdeel " + (i + 1), Map.of(), null));
        }
        projects.addComponent(
                org,
                Actor.SYSTEM,
                id,
                project.phases().getFirst().id(),
                new ComponentForm("information", "Uitleg", Map.of("text", "Lees dit."), null));
        List<Long> componentIds = projects.project(org, id).orElseThrow().phases().stream()
                .flatMap(p -> p.components().stream())
                .filter(c -> c.typeKey().equals(FiguresComponentType.KEY))
                .map(c -> c.id())
                .toList();
        return new ReportFixture(id, componentIds);
    }

    private static PhaseForm phase(String name, String level, LocalDate from, LocalDate to) {
        return new PhaseForm(name, "", level, from.toString(), to.toString(), "", "Inrichting", "De raad", null);
    }
}
