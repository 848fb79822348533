package nl.plein.demo;

import java.util.Locale;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.plan.MethodForm;
import nl.plein.plan.ParticipationPlans;
import nl.plein.plan.PlanSection;
import nl.plein.plan.PlanStatus;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
import nl.plein.report.ParticipationReports;
import nl.plein.report.ReportSection;
import nl.plein.shared.OrganisationId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's participation plans (an agreed one for the playground, a draft for the village vision)
 * and the published report of the closed solar park. Runs late, so the figures of every other demo
 * part's components are in the report.
 */
@Component
@Order(900)
class DemoPlansAndReports implements DemoPart {

    private final ProjectManagement projects;
    private final ParticipationPlans plans;
    private final ParticipationReports reports;

    DemoPlansAndReports(ProjectManagement projects, ParticipationPlans plans, ParticipationReports reports) {
        this.projects = projects;
        this.plans = plans;
        this.reports = reports;
    }

    @Override
    public void create(DemoMunicipality municipality) {
        OrganisationId org = municipality.organisation();
        Actor manager = Actor.of(municipality.projectManager());
        Actor admin = Actor.of(municipality.admin());
        Map<String, Long> ids = new java.util.HashMap<>();
        for (ProjectSummary p : projects.allProjects(org)) {
            ids.putIfAbsent(p.title(), p.id());
        }
        Long playground = ids.get("Nieuw speelplein in Rietbroek");
        if (playground != null) {
            plan(org, manager, admin, playground);
        }
        Long vision = ids.get("Dorpsvisie Hoogwater 2040");
        if (vision != null) {
            plans.start(org, admin, vision);
            save(org, admin, vision, PlanSection.POLICY_TASK, """
                    Hoogwater krijgt een dorpsvisie voor 2040: wonen, voorzieningen en groen. De visie is de basis
                    voor het omgevingsplan. We zitten in de fase van **agendavorming**.""");
            save(org, admin, vision, PlanSection.QUESTION, "Hoe wilt u in 2040 wonen, werken en leven in Hoogwater?");
            save(org, admin, vision, PlanSection.STAKEHOLDERS, """
                    Dorpsbelang Hoogwater | hoog | hoog
                    Jongeren | hoog | laag
                    Agrariërs buitengebied | midden | midden
                    Woningcorporatie | midden | hoog""");
            plans.comment(org, manager, vision, PlanSection.STAKEHOLDERS, "Missen we de basisschool hier niet?", null);
        }
        Long solar = ids.get("Zonnepark Oostpolder");
        if (solar != null) {
            plans.start(org, manager, solar);
            save(org, manager, solar, PlanSection.ROOM_FOR_INFLUENCE, """
                    Vast: de plek en de grootte van het park (besluit van de raad).
                    Open: de afscherming met groen en de besteding van het omgevingsfonds.""");
            save(
                    org,
                    manager,
                    solar,
                    PlanSection.FEEDBACK,
                    "Een bewonersbrief en dit verslag, binnen twee maanden na de laatste avond.");
            plans.setStatus(org, manager, solar, PlanStatus.AGREED);
            reports.generate(org, manager, solar, Locale.of("nl"));
            reports.saveSection(org, manager, solar, ReportSection.DECISIONS, """
                    Het college besloot op basis van de inbreng:

                    - **Overgenomen:** een haag van inheemse struiken langs de Polderweg, in plaats van een hek.
                    - **Overgenomen:** het omgevingsfonds betaalt zonnepanelen op het dorpshuis.
                    - **Niet overgenomen:** het park kleiner maken. De grootte lag vast door het besluit van de raad.""", 0);
            reports.saveSection(org, manager, solar, ReportSection.SATISFACTION, """
                    Na de laatste avond vulden 46 deelnemers een korte evaluatie in. Zij gaven het proces gemiddeld
                    een 7,2. Zij vonden de informatie duidelijk; zij wilden eerder horen wat er met hun inbreng gebeurde.""", 0);
            reports.publish(org, manager, solar);
        }
    }

    private void plan(OrganisationId org, Actor manager, Actor admin, long id) {
        plans.start(org, manager, id);
        save(org, manager, id, PlanSection.POLICY_TASK, """
                Het speelplein aan de Kreekweg is versleten. De gemeente vernieuwt het in 2027. Het ontwerp is
                in de fase van **uitwerking**.""");
        save(
                org,
                manager,
                id,
                PlanSection.DECISION_MAKER,
                "Eerst het college (budget en uitgangspunten), daarna de inwoners van Rietbroek (keuze uit drie ontwerpen).");
        save(org, admin, id, PlanSection.ROOM_FOR_INFLUENCE, """
                - Vast: de plek, het budget van 120.000 euro, de veiligheidseisen.
                - Open: welke toestellen er komen, of er een trapveldje komt, de kleuren.""");
        save(
                org,
                manager,
                id,
                PlanSection.LADDER,
                "Eerst raadplegen (ideeën ophalen), dan meebeslissen: het ontwerp met de meeste stemmen wordt gemaakt.");
        save(
                org,
                manager,
                id,
                PlanSection.QUESTION,
                "Hoe wordt het nieuwe speelplein aan de Kreekweg een plek waar alle kinderen graag spelen?");
        save(org, manager, id, PlanSection.STAKEHOLDERS, """
                Kinderen 4-12 jaar | hoog | midden
                Ouders | hoog | midden
                Buren Kreekweg | hoog | laag
                Basisschool De Kreek | midden | midden
                Speeltuinvereniging | midden | hoog""");
        save(org, manager, id, PlanSection.SENDER, "Wethouder Jeugd, samen met de speeltuinvereniging.");
        save(
                org,
                manager,
                id,
                PlanSection.HARD_TO_REACH,
                "Kinderen boven de acht en ouders die weinig Nederlands lezen: we gaan langs op school en bij het buurthuis, met plaatjes.");
        save(
                org,
                manager,
                id,
                PlanSection.PLANNING,
                "Ideeën ophalen tot eind vorige maand; ontwerp kiezen tot over drie weken; aanleg in het voorjaar.");
        save(
                org,
                manager,
                id,
                PlanSection.FEEDBACK,
                "Binnen vier weken na de keuze: een brief aan alle huizen in Rietbroek en een bericht op Plein.");
        save(org, manager, id, PlanSection.BUDGET, "Participatie: 6.000 euro (avonden, materiaal, tekenaar).");
        plans.addMethod(
                org, manager, id, new MethodForm("Ontwerpmiddag op het plein", "inPerson", "same", "", "", null));
        plans.addMethod(org, manager, id, new MethodForm("Stemmen op Plein", "online", "apart", "", "", null));
        plans.addMethod(org, manager, id, new MethodForm("Tekenopdracht op school", "inPerson", "apart", "", "", null));
        plans.setStatus(org, admin, id, PlanStatus.AGREED);
    }

    private void save(OrganisationId org, Actor actor, long projectId, PlanSection section, String text) {
        plans.saveSection(org, actor, projectId, section, text.strip(), 0);
    }
}
