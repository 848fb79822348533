package nl.plein.opinionmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.opinionmap.analysis.PlantedElectorate;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Organisation;
import org.springframework.stereotype.Component;

/** A published project with a current phase holding one opinion map, for the opinion map's tests. */
@Component
public class OpinionMapFixture {

    public record TestMap(Organisation organisation, String slug, long componentId, List<Long> statementIds) {
        String path() {
            return "/projecten/" + slug + "/meningenkaart/" + componentId;
        }

        OrganisationId org() {
            return organisation.id();
        }
    }

    private final ProjectManagement projects;
    private final OpinionMaps maps;

    OpinionMapFixture(ProjectManagement projects, OpinionMaps maps) {
        this.projects = projects;
        this.maps = maps;
    }

    public TestMap create(Organisation org, String... statements) {
        long project = projects.create(
                org.id(),
                Actor.SYSTEM,
                new ProjectForm(
                        "Het dorpsplein", "Wat vindt u van het plein?", "", "", "", List.of(), List.of(), "", 0, null));
        LocalDate today = LocalDate.now();
        long phase = projects.addPhase(
                org.id(),
                Actor.SYSTEM,
                project,
                new PhaseForm(
                        "Meedenken",
                        "",
                        "CONSULT",
                        today.minusDays(1).toString(),
                        today.plusDays(30).toString(),
                        "",
                        "Het ontwerp",
                        "De raad",
                        null));
        long component = projects.addComponent(
                org.id(),
                Actor.SYSTEM,
                project,
                phase,
                new ComponentForm(
                        OpinionMapComponent.KEY,
                        "Stellingen over het plein",
                        Map.of("introduction", "Zeg het maar."),
                        ""));
        projects.publish(org.id(), Actor.SYSTEM, project);
        String slug = projects.project(org.id(), project).orElseThrow().slug();
        List<Long> ids = new ArrayList<>();
        for (String text : statements) {
            maps.addStatement(org.id(), Actor.SYSTEM, component, text);
        }
        maps.statements(org.id(), component).forEach(s -> ids.add(s.id()));
        return new TestMap(org, slug, component, ids);
    }

    /** Simulated participants with planted groups voting on the map's statements (fast: one insert). */
    PlantedElectorate plant(TestMap map, int participants, int votesEach, int groups, long seed) {
        var electorate = PlantedElectorate.generate(
                participants, map.statementIds().size(), (long) participants * votesEach, groups, 0.9, seed);
        List<String> external = new ArrayList<>();
        for (int i = 0; i < participants; i++) external.add("test:" + seed + ":" + i);
        long[] ids = maps.externalParticipants(map.org(), map.componentId(), external);
        Long[] p = new Long[electorate.count()], s = new Long[electorate.count()];
        Short[] v = new Short[electorate.count()];
        for (int e = 0; e < electorate.count(); e++) {
            p[e] = ids[electorate.participant()[e]];
            s[e] = map.statementIds().get(electorate.statement()[e]);
            v[e] = (short) electorate.vote()[e];
        }
        maps.insertVotes(map.org(), map.componentId(), p, s, v);
        return electorate;
    }
}
