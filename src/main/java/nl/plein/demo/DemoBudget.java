package nl.plein.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.budget.Budgets;
import nl.plein.budget.Budgets.Cast;
import nl.plein.budget.Budgets.ProposalForm;
import nl.plein.budget.Budgets.SettingsForm;
import nl.plein.budget.Proposal;
import nl.plein.panel.PanelManagement;
import nl.plein.project.ComponentForm;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.InputChannel;
import nl.plein.shared.OnBehalf;
import nl.plein.shared.OrganisationId;
import nl.plein.shared.Voter;
import nl.plein.tenancy.Area;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two neighbourhood budgets. Zeeveld 2026: EUR 150,000, 14 proposals, 320 knapsack ballots (some on paper) from
 * groups that want different things, closed, counted with equal shares and published, so the results page and
 * the comparison with greedy show at once. A neighbourhood budget of EUR 60,000 for the demo resident's own area,
 * open now, so every visitor can vote (signed in as the resident, or with a letter code and a postcode of that
 * area) and change their vote as often as they like.
 */
@Component
@Order(60)
class DemoBudget implements DemoPart {

    /** Name, cost, description, and how likely each group (families, elderly, youth, green, cyclists) picks it. */
    private record Spec(String name, long cost, String description, double[] likes) {}

    private static final List<Spec> ZEEVELD = List.of(
            new Spec(
                    "Speeltuin aan de Schelpenweg vernieuwen",
                    45_000,
                    "Nieuwe toestellen voor kinderen tot 12 jaar, met een zandbak en bankjes voor ouders.",
                    new double[] {0.9, 0.2, 0.2, 0.2, 0.1}),
            new Spec(
                    "Bankjes en schaduwbomen langs de dijk",
                    18_000,
                    "Tien bankjes en twintig bomen op de dijk tussen de haven en de molen.",
                    new double[] {0.2, 0.8, 0.1, 0.6, 0.3}),
            new Spec(
                    "Jeu-de-boulesbaan bij het dorpshuis",
                    9_500,
                    "Twee banen naast het dorpshuis, met verlichting tot 22.00 uur.",
                    new double[] {0.05, 0.6, 0.05, 0.1, 0.05}),
            new Spec(
                    "Moestuin voor de buurt achter de school",
                    12_000,
                    "Twintig bakken om samen groente te kweken, met een waterpunt en een schuur.",
                    new double[] {0.3, 0.2, 0.1, 0.9, 0.1}),
            new Spec(
                    "Verlichting op het fietspad naar het station",
                    38_000,
                    "Zuinige lampen die feller worden als er iemand langs fietst.",
                    new double[] {0.3, 0.3, 0.4, 0.1, 0.95}),
            new Spec(
                    "Pannakooi bij het Zeeveldplein",
                    22_000,
                    "Een kleine voetbalkooi voor kinderen en jongeren.",
                    new double[] {0.5, 0.05, 0.8, 0.05, 0.1}),
            new Spec(
                    "Buurtbus voor ouderen (een jaar)",
                    30_000,
                    "Vrijwilligers rijden ouderen naar de huisarts, de markt en het dorpshuis.",
                    new double[] {0.05, 0.85, 0.05, 0.1, 0.05}),
            new Spec(
                    "Bloemenlinten en insectenhotels",
                    7_500,
                    "Wilde bloemen in de bermen en tien insectenhotels in de wijk.",
                    new double[] {0.2, 0.3, 0.1, 0.85, 0.2}),
            new Spec(
                    "Watertappunt en beweegtoestellen in het park",
                    16_000,
                    "Een watertappunt en zes toestellen om buiten te sporten.",
                    new double[] {0.3, 0.3, 0.4, 0.4, 0.4}),
            new Spec(
                    "Muziektent opknappen",
                    25_000,
                    "Nieuw dak, verf en stroom, zodat er weer concerten kunnen zijn.",
                    new double[] {0.1, 0.4, 0.1, 0.05, 0.05}),
            new Spec(
                    "Jongerenhonk met wifi",
                    28_000,
                    "Een eigen plek voor jongeren in het oude gemaal, open drie avonden per week.",
                    new double[] {0.1, 0.05, 0.9, 0.05, 0.1}),
            new Spec(
                    "Veilige oversteek bij basisschool De Golfslag",
                    35_000,
                    "Een verhoogde oversteek met een middeneiland en betere verlichting.",
                    new double[] {0.8, 0.3, 0.1, 0.1, 0.5}),
            new Spec(
                    "Buitenbioscoop in de zomer (drie jaar)",
                    11_000,
                    "Drie filmavonden per zomer op het Zeeveldplein.",
                    new double[] {0.3, 0.1, 0.6, 0.1, 0.1}),
            new Spec(
                    "AED-kastjes op vijf plekken",
                    8_500,
                    "Vijf buitenkastjes met een AED, en een cursus voor buren.",
                    new double[] {0.2, 0.7, 0.05, 0.1, 0.1}));

    private static final List<Spec> AREA = List.of(
            new Spec(
                    "Picknicktafels op het dorpsplein",
                    6_000,
                    "Vier tafels met banken, ook voor rolstoelen.",
                    new double[] {0.6, 0.5, 0.4, 0.3, 0.2}),
            new Spec("Fietsenrekken bij de winkels", 9_000, "Overdekte rekken voor veertig fietsen.", new double[] {
                0.3, 0.2, 0.3, 0.2, 0.9
            }),
            new Spec(
                    "Geveltuinen in de Dorpsstraat",
                    7_500,
                    "Tegels eruit, planten erin: de gemeente levert en plant.",
                    new double[] {0.2, 0.3, 0.1, 0.8, 0.2}),
            new Spec("Speelbos bij de Kreek", 24_000, "Boomstammen, een touwbrug en een wilgenhut.", new double[] {
                0.9, 0.1, 0.3, 0.5, 0.1
            }),
            new Spec(
                    "Buurtkamer in de bibliotheek",
                    15_000,
                    "Een ruimte om elkaar te ontmoeten, twee ochtenden per week met koffie.",
                    new double[] {0.2, 0.8, 0.1, 0.1, 0.1}),
            new Spec(
                    "Kunstwerk bij de brug",
                    20_000,
                    "Een kunstwerk over de geschiedenis van de wijk, gemaakt met de buurt.",
                    new double[] {0.1, 0.4, 0.2, 0.2, 0.1}),
            new Spec(
                    "Drinkwaterpunt bij het sportveld",
                    4_500,
                    "Gratis water voor sporters en wandelaars.",
                    new double[] {0.4, 0.2, 0.6, 0.3, 0.4}),
            new Spec(
                    "Extra prullenbakken en een hondenpoepbak",
                    3_500,
                    "Twaalf bakken op de drukste plekken.",
                    new double[] {0.3, 0.5, 0.1, 0.4, 0.2}));

    /** Voters per group: families, elderly, youth, green, cyclists. */
    private static final int[] ZEEVELD_GROUPS = {110, 90, 45, 50, 25};

    private static final int[] AREA_GROUPS = {25, 20, 10, 15, 10};

    private final ProjectManagement projects;
    private final Budgets budgets;
    private final PanelManagement panel;

    DemoBudget(ProjectManagement projects, Budgets budgets, PanelManagement panel) {
        this.projects = projects;
        this.budgets = budgets;
        this.panel = panel;
    }

    @Override
    public void create(DemoMunicipality m) {
        OrganisationId org = m.organisation();
        Actor actor = Actor.of(m.projectManager());
        long zeeveld = project(
                org,
                actor,
                "Buurtbudget Zeeveld 2026",
                "Inwoners kozen samen hoe de gemeente EUR 150.000 uitgeeft in de buurt.",
                """
                De gemeente gaf inwoners EUR 150.000 om samen te verdelen. Inwoners stuurden voorstellen in; de gemeente
                keek of ze haalbaar zijn en wat ze kosten. Daarna stemde iedereen vanaf 12 jaar, online of op papier in
                het dorpshuis.

                We telden met de **methode van gelijke delen**: zo krijgt niet alleen de grootste groep zijn zin, maar
                telt ook een kleinere groep mee. Op de uitslagpagina ziet u per voorstel waarom het wel of geen geld krijgt.""",
                List.of(
                        phase("Voorstellen insturen", -150, -91, "ADVISE", PROPOSING),
                        phase("Stemmen", -90, -31, "CO_DECIDE", VOTING),
                        phase("Uitvoering", -30, 240, "INFORM", CARRYING_OUT)));
        long closed = budget(org, actor, zeeveld, 1, "Buurtbudget Zeeveld 2026", "150000", "", ZEEVELD);
        ballots(org, m, closed, ZEEVELD, ZEEVELD_GROUPS, 150_000, new SplittableRandom(2026), 0.12, "");
        budgets.closeAndCount(org, actor, closed);
        budgets.publish(org, actor, closed);

        String postcode = DemoPanelAndSurveys.RESIDENT_POSTCODE;
        long homeId = panel.mappedArea(org, Integer.parseInt(postcode.substring(0, 4)))
                .orElseThrow();
        Area home = m.areas().stream().filter(a -> a.id() == homeId).findFirst().orElseThrow();
        long areaProject = project(
                org,
                actor,
                "Wijkbudget " + home.name() + " 2027",
                "Bewoners van " + home.name() + " verdelen EUR 60.000 voor hun wijk. Stemmen kan nu.",
                """
                Woont u in %s? Dan kiest u mee wat er met EUR 60.000 in uw wijk gebeurt. Kies de voorstellen die u wilt,
                zolang ze samen niet meer kosten dan het budget. U kunt uw stem veranderen tot de stemming sluit.""".formatted(home.name()),
                List.of(
                        phase("Stemmen", -10, 30, "CO_DECIDE", VOTING),
                        phase("Uitvoering", 31, 300, "INFORM", CARRYING_OUT)));
        long open =
                budget(org, actor, areaProject, 0, "Wijkbudget " + home.name(), "60000", Long.toString(homeId), AREA);
        ballots(org, m, open, AREA, AREA_GROUPS, 60_000, new SplittableRandom(2027), 0.1, postcode);
    }

    /** What residents can and cannot change in a phase: fixed, open, who decides. */
    private record Room(String fixed, String open, String whoDecides) {}

    private static final Room PROPOSING = new Room(
            "Het budget en de regels voor voorstellen",
            "Welke voorstellen er op de lijst komen",
            "De gemeente toetst of een voorstel haalbaar is");
    private static final Room VOTING = new Room(
            "Het geld is voor de buurt; wat er niet past, komt niet op de lijst.",
            "Welke voorstellen geld krijgen",
            "Inwoners kiezen; de gemeente voert uit");
    private static final Room CARRYING_OUT = new Room(
            "Welke voorstellen geld krijgen",
            "Wanneer en hoe de voorstellen worden uitgevoerd",
            "De gemeente, met de indieners");

    private record PhaseSpec(String name, int from, int to, String level, Room room) {}

    private static PhaseSpec phase(String name, int from, int to, String level, Room room) {
        return new PhaseSpec(name, from, to, level, room);
    }

    private long project(
            OrganisationId org, Actor actor, String title, String summary, String body, List<PhaseSpec> phases) {
        long id = projects.create(
                org,
                actor,
                new ProjectForm(
                        title,
                        summary,
                        body.strip(),
                        "Sanne de Vries",
                        "participatie@zeeveld.example",
                        List.of(),
                        List.of(),
                        "",
                        0,
                        ""));
        LocalDate today = LocalDate.now();
        for (PhaseSpec p : phases) {
            projects.addPhase(
                    org,
                    actor,
                    id,
                    new PhaseForm(
                            p.name(),
                            "",
                            p.level(),
                            today.plusDays(p.from()).toString(),
                            today.plusDays(p.to()).toString(),
                            p.room().fixed(),
                            p.room().open(),
                            p.room().whoDecides(),
                            ""));
        }
        projects.publish(org, actor, id);
        return id;
    }

    private long budget(
            OrganisationId org,
            Actor actor,
            long projectId,
            int phaseIndex,
            String title,
            String amount,
            String areaId,
            List<Spec> specs) {
        long phase = projects.project(org, projectId)
                .orElseThrow()
                .phases()
                .get(phaseIndex)
                .id();
        long component = projects.addComponent(
                org,
                actor,
                projectId,
                phase,
                new ComponentForm(
                        "budget",
                        title,
                        Map.of("introduction", "Kies de voorstellen die u het belangrijkst vindt."),
                        ""));
        require(budgets.updateSettings(
                org, actor, component, new SettingsForm(amount, "knapsack", "3", "10", areaId, "mes")));
        for (Spec s : specs) {
            require(budgets.addProposal(
                    org, actor, component, new ProposalForm(s.name(), s.description(), Long.toString(s.cost()), "")));
        }
        return component;
    }

    /**
     * Simulated knapsack ballots: each voter of a group ticks what the group likes, most liked first, skipping what
     * no longer fits their budget. A share comes in on paper, entered at the desk by the project manager.
     */
    private void ballots(
            OrganisationId org,
            DemoMunicipality m,
            long component,
            List<Spec> specs,
            int[] groups,
            long amount,
            SplittableRandom random,
            double paper,
            String postcode) {
        List<Proposal> proposals = budgets.proposals(org, component);
        int voter = 0;
        for (int g = 0; g < groups.length; g++) {
            for (int n = 0; n < groups[g]; n++) {
                voter++;
                List<Integer> order = new ArrayList<>();
                for (int p = 0; p < proposals.size(); p++) order.add(p);
                java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
                Map<Long, Integer> choices = new LinkedHashMap<>();
                long total = 0;
                for (int p : order) {
                    if (random.nextDouble() < specs.get(p).likes()[g]
                            && total + proposals.get(p).cost() <= amount) {
                        choices.put(proposals.get(p).id(), 1);
                        total += proposals.get(p).cost();
                    }
                }
                if (choices.isEmpty()) continue;
                Voter v = new Voter("demo:" + component + ":" + voter, null);
                Cast cast = random.nextDouble() < paper
                        ? Cast.onBehalf(new OnBehalf(m.projectManager(), InputChannel.PAPER, "", v), postcode)
                        : Cast.online(v, postcode);
                require(budgets.cast(org, component, cast, choices));
            }
        }
    }

    private static void require(nl.plein.shared.FieldErrors errors) {
        if (!errors.isEmpty()) throw new IllegalStateException("Demo budget refused: " + errors.asMap());
    }
}
