package nl.plein.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.discussion.ContributionForm;
import nl.plein.discussion.DiscussionManagement;
import nl.plein.discussion.DiscussionPlace;
import nl.plein.idea.IdeaForm;
import nl.plein.idea.IdeaManagement;
import nl.plein.idea.IdeaPlace;
import nl.plein.identity.Accounts;
import nl.plein.identity.PleinPrincipal;
import nl.plein.identity.StaffRole;
import nl.plein.moderation.Moderation;
import nl.plein.panel.PanelManagement;
import nl.plein.project.ComponentForm;
import nl.plein.project.Phase;
import nl.plein.project.PhaseTiming;
import nl.plein.project.ProjectDetails;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.InputChannel;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's conversation: a discussion and ideas in the playground project's current phase, with
 * replies, an official answer, agreement, supports, a merged duplicate, ideas with a status and a
 * contribution hidden by the moderator with its public reason.
 */
@Component
@Order(40)
class DemoConversation implements DemoPart {

    private static final String PROJECT = "Nieuw speelplein in Rietbroek";

    private final ProjectManagement projects;
    private final DiscussionManagement discussions;
    private final IdeaManagement ideas;
    private final Moderation moderation;
    private final Accounts accounts;
    private final PanelManagement panel;

    DemoConversation(
            ProjectManagement projects,
            DiscussionManagement discussions,
            IdeaManagement ideas,
            Moderation moderation,
            Accounts accounts,
            PanelManagement panel) {
        this.projects = projects;
        this.discussions = discussions;
        this.ideas = ideas;
        this.moderation = moderation;
        this.accounts = accounts;
        this.panel = panel;
    }

    @Override
    public void create(DemoMunicipality m) {
        OrganisationId org = m.organisation();
        ProjectSummary summary = projects.allProjects(org).stream()
                .filter(p -> p.title().equals(PROJECT))
                .findFirst()
                .orElseThrow();
        ProjectDetails project = projects.project(org, summary.id()).orElseThrow();
        Phase phase = project.phases().stream()
                .filter(p -> p.timing() == PhaseTiming.CURRENT)
                .findFirst()
                .orElseThrow();
        Actor manager = Actor.of(m.projectManager());
        long discussionId = projects.addComponent(
                org,
                manager,
                project.id(),
                phase.id(),
                new ComponentForm(
                        "discussion",
                        "Praat mee over het speelplein",
                        Map.of(
                                "question",
                                "Wat vindt u het belangrijkst op het nieuwe speelplein?",
                                "background",
                                "Het plein krijgt nieuwe toestellen, bomen en bankjes. Vertel ons wat u belangrijk vindt. "
                                        + "We gebruiken uw reacties bij de keuze tussen de drie ontwerpen."),
                        ""));
        long ideasId = projects.addComponent(
                org,
                manager,
                project.id(),
                phase.id(),
                new ComponentForm(
                        "ideas",
                        "Ideeën voor het speelplein",
                        Map.of(
                                "intro",
                                "Heeft u een idee voor het plein? Stuur het in, of steun het idee van een ander."),
                        ""));

        List<PleinPrincipal> residents = new ArrayList<>(List.of(m.resident()));
        String[][] people = {
            {"joost@zeeveld.example", "Joost Meijer"},
            {"sanne@zeeveld.example", "Sanne de Boer"},
            {"ahmed@zeeveld.example", "Ahmed Yilmaz"},
            {"greet@zeeveld.example", "Greet Hoekstra"},
            {"lotte@zeeveld.example", "Lotte van Dijk"}
        };
        for (String[] person : people) {
            long id = accounts.createConfirmed(
                    org, person[0], person[1], DemoData.PASSWORD, EnumSet.noneOf(StaffRole.class));
            residents.add(accounts.principal(org, id).orElseThrow());
        }
        Long rietbroek = m.areas().stream()
                .filter(a -> a.name().equals("Rietbroek"))
                .map(Area::id)
                .findFirst()
                .orElse(null);

        var talk = new DiscussionPlace(
                project.id(),
                project.slug(),
                discussionId,
                "Wat vindt u het belangrijkst op het nieuwe speelplein?",
                true);
        long shade = discussions.post(
                org,
                residents.get(0),
                talk,
                new ContributionForm(
                        "Graag **schaduw** bij de bankjes. In de zomer is het plein nu veel te heet voor kleine kinderen.",
                        null,
                        rietbroek,
                        false,
                        ""));
        long older = discussions.post(
                org,
                residents.get(1),
                talk,
                new ContributionForm(
                        "Er moet ook iets zijn voor kinderen van tien tot veertien. Een klimrek of een pannakooi bijvoorbeeld.",
                        null,
                        rietbroek,
                        false,
                        ""));
        discussions.post(
                org,
                residents.get(2),
                talk,
                new ContributionForm(
                        "Eens! Mijn zoon van twaalf speelt nu op straat, omdat er op het plein niets voor hem is.",
                        older,
                        null,
                        false,
                        ""));
        discussions.post(
                org,
                m.projectManager(),
                talk,
                new ContributionForm(
                        "Dank u wel voor uw reactie. In alle drie de ontwerpen staan nieuwe bomen aan de zuidkant van het plein. "
                                + "Die geven over een paar jaar schaduw bij de bankjes.",
                        shade,
                        null,
                        true,
                        ""));
        long rude = discussions.post(
                org,
                residents.get(3),
                talk,
                new ContributionForm(
                        "De mensen van Kreekweg 8 laten hun hond altijd op het plein poepen. Die moeten een boete krijgen!",
                        null,
                        null,
                        false,
                        ""));
        discussions.post(
                org,
                residents.get(4),
                talk,
                new ContributionForm(
                        "Een hek om het plein zou fijn zijn, dan kunnen kleine kinderen niet zomaar de weg op lopen.",
                        null,
                        rietbroek,
                        false,
                        ""));
        for (PleinPrincipal resident : residents.subList(2, 6)) {
            discussions.agree(org, resident, discussionId, older);
        }
        discussions.agree(org, residents.get(4), discussionId, shade);
        discussions.agree(org, residents.get(5), discussionId, shade);

        long rudeItem = moderation.status(org, Moderation.CONTRIBUTION, rude).moderationId();
        moderation.report(org, rudeItem, "account:" + residents.get(5).accountId(), "Noemt het adres van buren.");
        moderation.hide(
                org,
                m.moderator(),
                rudeItem,
                moderation.item(org, rudeItem).orElseThrow().version(),
                "Noemt het adres van buurtbewoners. Reacties over personen horen hier niet.");

        var place = new IdeaPlace(project.id(), project.slug(), ideasId, true);
        long cloth = ideas.submit(
                org,
                residents.get(1),
                place,
                new IdeaForm(
                        "Schaduwdoek boven de zandbak",
                        "Een groot doek boven de zandbak, zodat kleine kinderen ook in de zomer kunnen spelen.",
                        "Kreekweg, bij de zandbak",
                        ""));
        long cage = ideas.submit(
                org,
                residents.get(2),
                place,
                new IdeaForm(
                        "Pannakooi voor oudere kinderen",
                        "Een kleine voetbalkooi waar kinderen vanaf tien jaar kunnen voetballen zonder de kleintjes te raken.",
                        "",
                        ""));
        long duplicate = ideas.submit(
                org,
                residents.get(5),
                place,
                new IdeaForm(
                        "Voetbalkooi voor tieners",
                        "Tieners hebben een plek nodig om te voetballen. Een kooi houdt de bal op het plein.",
                        "",
                        ""));
        long tap = ideas.submit(
                org,
                residents.get(3),
                place,
                new IdeaForm(
                        "Watertappunt bij de ingang",
                        "Een kraan met drinkwater, voor kinderen en voor de honden van wandelaars.",
                        "Ingang Kreekweg",
                        ""));
        ideas.submit(
                org,
                residents.get(0),
                place,
                new IdeaForm(
                        "Bankjes voor ouders en grootouders",
                        "Meer bankjes met een rugleuning rond het plein, zodat ook opa en oma kunnen blijven kijken.",
                        "",
                        ""));
        for (PleinPrincipal resident : residents.subList(0, 4)) {
            ideas.support(org, resident, place, cloth);
        }
        for (PleinPrincipal resident : residents.subList(0, 3)) {
            ideas.support(org, resident, place, cage);
        }
        ideas.support(org, residents.get(4), place, duplicate);
        ideas.support(org, residents.get(0), place, duplicate);
        for (PleinPrincipal resident : residents.subList(1, 6)) {
            ideas.support(org, resident, place, tap);
        }
        // A resident without a computer came to the desk: her idea is entered for her, and with the code on her
        // letter (a demo letter code, never used up by this) her supports count once, on paper.
        var desk = new OnBehalf(m.projectManager(), InputChannel.IN_PERSON, "Mevrouw Jansen", null);
        long toilet = ideas.submit(
                org,
                desk,
                place,
                new IdeaForm(
                        "Een toilet bij het speelplein",
                        "Met kleinkinderen kan ik niet lang blijven als er geen wc is. Een eenvoudig toilet zou helpen.",
                        "",
                        ""));
        panel.identify(org, DemoPanelAndSurveys.LETTER_CODE).ifPresent(voter -> {
            var letter = new OnBehalf(m.projectManager(), InputChannel.PAPER, "", voter);
            ideas.support(org, letter, place, tap);
            ideas.support(org, letter, place, toilet);
        });
        ideas.merge(org, m.projectManager(), duplicate, cage);
        ideas.changeStatus(
                org,
                m.projectManager(),
                cloth,
                ideas.idea(org, cloth).orElseThrow().version(),
                "UNDER_REVIEW",
                "We vragen de leverancier wat een schaduwdoek kost en of het stevig genoeg is voor storm.");
        ideas.changeStatus(
                org,
                m.projectManager(),
                cage,
                ideas.idea(org, cage).orElseThrow().version(),
                "FEASIBLE",
                "Er is plek aan de noordkant. Twee van de drie ontwerpen hebben al een pannakooi.");
        ideas.changeStatus(
                org,
                m.projectManager(),
                tap,
                ideas.idea(org, tap).orElseThrow().version(),
                "PLANNED",
                "Het waterbedrijf legt het tappunt aan als het plein opnieuw wordt ingericht.");
    }
}
