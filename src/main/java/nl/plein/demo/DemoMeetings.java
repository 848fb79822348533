package nl.plein.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.meeting.MeetingForm;
import nl.plein.meeting.MeetingManagement;
import nl.plein.meeting.Registrant;
import nl.plein.meeting.Worksheets;
import nl.plein.project.ComponentForm;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.OrganisationId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Meetings: an evening about the green in the neighbourhood that is full, with a waiting list, shown
 * in that project's phase; and a past workshop on the participation plan for the Marktplein, with
 * its summary published and its worksheet filled in.
 */
@Component
@Order(71)
class DemoMeetings implements DemoPart {

    private final MeetingManagement meetings;
    private final Worksheets worksheets;
    private final ProjectManagement projects;
    private final Accounts accounts;

    DemoMeetings(MeetingManagement meetings, Worksheets worksheets, ProjectManagement projects, Accounts accounts) {
        this.meetings = meetings;
        this.worksheets = worksheets;
        this.projects = projects;
        this.accounts = accounts;
    }

    @Override
    public void create(DemoMunicipality m) {
        OrganisationId org = m.organisation();
        ProjectDetails green = project(org, "Groen in de wijk");
        long evening = meetings.create(
                org,
                m.projectManager(),
                new MeetingForm(
                        "Inloopavond groen in de wijk",
                        "Kom praten over maaien, bloemen en bomen in uw straat. Met koffie en kaarten van de wijk.",
                        "IN_PERSON",
                        "Dorpshuis De Schakel, Kerkstraat 4, Rietbroek",
                        "",
                        LocalDate.now().plusDays(12).toString(),
                        "19:30",
                        "21:30",
                        "3",
                        "Heeft u hulp nodig om te komen?\nOver welke straat wilt u praten?",
                        false,
                        true,
                        String.valueOf(green.id()),
                        "",
                        0),
                false);
        List<PleinPrincipal> people = List.of(
                m.resident(),
                principal(org, DemoVillageVision.CHAIR),
                principal(org, DemoVillageVision.NEIGHBOUR),
                m.moderator(),
                m.analyst());
        for (PleinPrincipal person : people) {
            meetings.register(
                    org,
                    evening,
                    new Registrant(person.accountId(), person.displayName(), person.email(), person.isStaff()),
                    Map.of("answer0", "Nee", "answer1", "Kreekweg"));
        }
        var phase = green.phases().getFirst();
        projects.addComponent(
                org,
                Actor.of(m.projectManager()),
                green.id(),
                phase.id(),
                new ComponentForm("meeting", "Inloopavond", Map.of("meeting", String.valueOf(evening)), ""));

        ProjectDetails market = project(org, "Herinrichting Marktplein");
        long workshop = meetings.create(
                org,
                m.projectManager(),
                new MeetingForm(
                        "Werksessie participatieplan Marktplein",
                        "Met collega's en ondernemers maken we het participatieplan voor het Marktplein.",
                        "ONLINE",
                        "",
                        "https://vergaderen.zeeveld.example/marktplein",
                        LocalDate.now().minusDays(7).toString(),
                        "14:00",
                        "16:00",
                        "15",
                        "",
                        true,
                        false,
                        String.valueOf(market.id()),
                        "",
                        0),
                false);
        meetings.saveSummary(org, m.projectManager(), workshop, """
                Twaalf mensen deden mee: collega's van ruimte en verkeer, drie ondernemers en twee bewoners.

                - Iedereen wil meer groen op het plein.
                - Ondernemers maken zich zorgen over parkeren.
                - We houden twee avonden in het dorpshuis en een peiling online.""", true);
        var answers = new EnumMap<Worksheets.Question, String>(Worksheets.Question.class);
        answers.put(
                Worksheets.Question.WHY,
                "Het plein verandert veel; wie er woont en werkt, weet wat wel en niet werkt.");
        answers.put(
                Worksheets.Question.WHAT,
                "De inrichting: groen, zitplekken, markt en parkeren. Niet: de plek van de markt.");
        answers.put(Worksheets.Question.WHO, "Bewoners rond het plein, ondernemers, de marktkooplui en de gemeente.");
        answers.put(
                Worksheets.Question.HOW,
                "Twee avonden in het dorpshuis, een online peiling en een wandeling over het plein.");
        worksheets.save(org, m.projectManager(), workshop, answers);
    }

    private ProjectDetails project(OrganisationId org, String title) {
        ProjectSummary summary = projects.allProjects(org).stream()
                .filter(p -> p.title().equals(title))
                .findFirst()
                .orElseThrow();
        return projects.project(org, summary.id()).orElseThrow();
    }

    private PleinPrincipal principal(OrganisationId org, String email) {
        return accounts.principal(org, email).orElseThrow();
    }
}
