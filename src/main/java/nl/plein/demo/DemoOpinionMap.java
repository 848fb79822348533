package nl.plein.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.opinionmap.OpinionMapRecomputer;
import nl.plein.opinionmap.OpinionMaps;
import nl.plein.project.ComponentForm;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An opinion map in the village vision of Hoogwater: 40 statements and 300 simulated residents in three
 * recognisable groups (green and quiet; build and grow; young people and facilities), with common ground
 * on safety and the village house. The map is computed at once, so the demo shows it straight away.
 */
@Component
@Order(50)
class DemoOpinionMap implements DemoPart {

    /** Each statement with the stance of the three groups: + agree, - disagree, ? split. */
    private static final String[][] STATEMENTS = {
        {"Hoogwater moet een dorp blijven met veel groen om de huizen.", "+-?"},
        {"Aan de rand van het dorp moeten 200 nieuwe woningen komen.", "-++"},
        {"Jongeren moeten in Hoogwater een betaalbaar huis kunnen vinden.", "?++"},
        {"Het oude schoolgebouw wordt een plek voor jongeren.", "-?+"},
        {"Het oude schoolgebouw wordt gesloopt voor woningen.", "-+-"},
        {"Het dorpshuis moet blijven bestaan.", "+++"},
        {"De weg door het dorp moet veiliger voor fietsers.", "+++"},
        {"Er mogen geen windmolens in de polder bij Hoogwater.", "+-?"},
        {"Bedrijven moeten zich makkelijker in Hoogwater kunnen vestigen.", "-+?"},
        {"Er moet een sporthal in het dorp komen.", "?-+"},
        {"Het dorp moet stil blijven: geen grote evenementen.", "+--"},
        {"De bus naar de stad moet vaker rijden.", "?++"},
        {"De weilanden rond het dorp blijven weilanden.", "+-?"},
        {"Er moeten meer huurwoningen komen.", "-++"},
        {"Er moet een speeltuin komen bij de nieuwe woningen.", "?++"},
        {"Bomen in het dorp mogen niet gekapt worden voor parkeerplaatsen.", "+-+"},
        {"De supermarkt moet groter worden.", "-+?"},
        {"Er komt een jongerencentrum met activiteiten in het weekend.", "--+"},
        {"Zonnepanelen horen op daken, niet in weilanden.", "+?+"},
        {"Het dorp moet veilig zijn voor kinderen die naar school lopen.", "+++"},
        {"Er moeten appartementen komen voor ouderen in het centrum.", "?+?"},
        {"Nieuwbouw moet passen bij de oude boerderijen.", "+-?"},
        {"De gemeente moet vaker met inwoners praten over plannen.", "+++"},
        {"Er moeten meer wandelpaden langs het water komen.", "+?+"},
        {"Een bedrijventerrein naast het dorp is een goed idee.", "-+-"},
        {"Er moet wifi komen in het dorpshuis voor jongeren.", "?-+"},
        {"Vrachtverkeer moet om het dorp heen rijden.", "+?+"},
        {"Het dorp mag groeien tot 10.000 inwoners.", "-+?"},
        {"Er moet een skatebaan komen.", "--+"},
        {"De kermis moet elk jaar terugkomen.", "-?+"},
        {"Boeren moeten hulp krijgen om natuur te maken.", "+-?"},
        {"Er moeten meer parkeerplaatsen bij de winkels komen.", "-+?"},
        {"De straatverlichting moet beter, zodat het 's avonds veilig is.", "+++"},
        {"Hoogwater heeft een eigen huisarts nodig.", "+++"},
        {"Er mogen hogere gebouwen komen dan vier verdiepingen.", "-+-"},
        {"Sportclubs moeten meer geld krijgen van de gemeente.", "?-+"},
        {"De natuur bij de dijk moet beschermd worden.", "+-+"},
        {"Er moet een glasvezelnet komen voor bedrijven.", "?+?"},
        {"Jongeren moeten meepraten in de gemeenteraad.", "-?+"},
        {"Het dorp moet autoluw worden in het centrum.", "+-?"},
    };

    private static final int VOTES_EACH = 24;

    private final ProjectManagement projects;
    private final OpinionMaps maps;
    private final OpinionMapRecomputer recomputer;
    /** 300 by default; the vote benchmark asks for many more ({@code plein.demo.opinion-map-participants}). */
    private final int participants;

    DemoOpinionMap(
            ProjectManagement projects,
            OpinionMaps maps,
            OpinionMapRecomputer recomputer,
            @Value("${plein.demo.opinion-map-participants:300}") int participants) {
        this.projects = projects;
        this.maps = maps;
        this.recomputer = recomputer;
        this.participants = participants;
    }

    @Override
    public void create(DemoMunicipality municipality) {
        var org = municipality.organisation();
        Actor actor = Actor.of(municipality.projectManager());
        ProjectSummary vision = projects.allProjects(org).stream()
                .filter(p -> p.title().startsWith("Dorpsvisie"))
                .findFirst()
                .orElseThrow();
        var project = projects.project(org, vision.id()).orElseThrow();
        var phase = project.phases().stream()
                .filter(p ->
                        !p.startsOn().isAfter(LocalDate.now()) && !p.endsOn().isBefore(LocalDate.now()))
                .findFirst()
                .orElse(project.phases().getFirst());
        long component = projects.addComponent(
                org,
                actor,
                vision.id(),
                phase.id(),
                new ComponentForm(
                        "opinion-map",
                        "Stellingen over Hoogwater in 2040",
                        Map.of(
                                "introduction",
                                "Wat vindt u belangrijk voor Hoogwater? Stem op de stellingen en zie welke groepen er in het dorp zijn, en waar iedereen het over eens is."),
                        ""));
        maps.updateSettings(org, actor, component, "anyone", true);
        for (String[] statement : STATEMENTS) {
            maps.addStatement(org, actor, component, statement[0]);
        }
        long[] statementIds =
                maps.statements(org, component).stream().mapToLong(s -> s.id()).toArray();

        var random = new SplittableRandom(2040);
        int total = participants * VOTES_EACH;
        int[] participant = new int[total];
        long[] statement = new long[total];
        byte[] vote = new byte[total];
        int n = 0;
        for (int i = 0; i < participants; i++) {
            int group = i % 3;
            boolean[] seen = new boolean[STATEMENTS.length];
            for (int c = 0; c < VOTES_EACH; c++) {
                int j;
                do j = random.nextInt(STATEMENTS.length);
                while (seen[j]);
                seen[j] = true;
                char stance = STATEMENTS[j][1].charAt(group);
                double roll = random.nextDouble();
                byte v;
                if (roll < 0.08) v = 0;
                else if (stance == '?') v = (byte) (random.nextBoolean() ? 1 : -1);
                else v = (byte) ((roll < 0.88) == (stance == '+') ? 1 : -1);
                participant[n] = i;
                statement[n] = statementIds[j];
                vote[n] = v;
                n++;
            }
        }
        maps.addSimulatedVotes(org, component, "demo:", participants, participant, statement, vote, n);
        recomputer.recompute(org, component);
    }
}
