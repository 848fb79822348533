package nl.plein.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.project.ComponentForm;
import nl.plein.project.LadderLevel;
import nl.plein.project.PhaseForm;
import nl.plein.project.ProjectForm;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.OrganisationId;
import nl.plein.tenancy.Area;

/**
 * The demo municipality's projects: one per typical situation, with dates around today so that the
 * timelines always show a past, a current and a coming phase.
 */
final class DemoProjects {

    private record PhaseSpec(
            String name,
            LadderLevel level,
            int startOffsetDays,
            int endOffsetDays,
            String description,
            String fixed,
            String open,
            String whoDecides) {}

    private final ProjectManagement projects;
    private final OrganisationId org;
    private final Actor actor;
    private final Map<String, Long> areaIds;
    private final LocalDate today = LocalDate.now();

    DemoProjects(ProjectManagement projects, OrganisationId org, Actor actor, List<Area> areas) {
        this.projects = projects;
        this.org = org;
        this.actor = actor;
        this.areaIds = areas.stream().collect(Collectors.toMap(Area::name, Area::id));
    }

    void create() {
        Map<String, Long> themes = List.of("Spelen", "Openbare ruimte", "Wonen", "Verkeer", "Energie", "Groen").stream()
                .collect(Collectors.toMap(Function.identity(), name -> projects.createTheme(org, actor, name)));

        long playground = project(
                "Nieuw speelplein in Rietbroek",
                "Het oude speelplein aan de Kreekweg wordt vernieuwd. Kies mee hoe het eruit komt te zien.",
                """
                Het speelplein aan de Kreekweg is meer dan twintig jaar oud. De toestellen zijn versleten en er is
                weinig te doen voor kinderen boven de acht jaar. De gemeente maakt het plein in 2027 opnieuw.

                In de eerste fase haalden we ideeën op bij kinderen, ouders en buren. Daaruit kwamen **drie ontwerpen**.
                Nu kiest u mee welk ontwerp er komt.""",
                "Bram Jansen",
                List.of("Rietbroek"),
                List.of(themes.get("Spelen"), themes.get("Openbare ruimte")),
                List.of(
                        new PhaseSpec(
                                "Ideeën ophalen",
                                LadderLevel.CONSULT,
                                -90,
                                -30,
                                "Kinderen, ouders en buren vertelden wat zij willen op het plein.",
                                "Het plein blijft op dezelfde plek\nHet budget is 120.000 euro",
                                "Welke toestellen er komen\nOf er een trapveldje komt",
                                "Het college, na afloop van de ophaalfase"),
                        new PhaseSpec(
                                "Ontwerp kiezen",
                                LadderLevel.CO_DECIDE,
                                -29,
                                20,
                                "Inwoners van Rietbroek kiezen uit drie ontwerpen. Het ontwerp met de meeste stemmen wordt gemaakt.",
                                "De drie ontwerpen passen binnen het budget\nDe veiligheidseisen voor speeltoestellen",
                                "Welk van de drie ontwerpen er komt\nDe kleuren van de toestellen",
                                "De inwoners beslissen; de gemeente voert het ontwerp met de meeste stemmen uit"),
                        new PhaseSpec(
                                "Aanleg",
                                LadderLevel.INFORM,
                                60,
                                150,
                                "De aannemer legt het nieuwe plein aan. We houden u op de hoogte van de planning.",
                                "Het gekozen ontwerp\nDe aannemer",
                                "",
                                "De gemeente")));
        projects.addComponent(
                org,
                actor,
                playground,
                phaseId(playground, 1),
                new ComponentForm("information", "De drie ontwerpen", Map.of("text", """
                        - **Ontwerp A, Avontuur**: klimrek, kabelbaan en een heuvel met glijbaan.
                        - **Ontwerp B, Samen**: grote zandbak, waterspeelplek en veel bankjes voor ouders.
                        - **Ontwerp C, Sport**: trapveldje, basketbalpaal en een pannakooi."""), ""));
        projects.publish(org, actor, playground);

        long vision = project(
                "Dorpsvisie Hoogwater 2040",
                "Samen met Dorpsbelang Hoogwater schrijven we op hoe het dorp er in 2040 uitziet.",
                """
                Hoe wilt u in 2040 wonen, werken en leven in Hoogwater? Dorpsbelang Hoogwater en de gemeente
                schrijven samen een dorpsvisie. Iedereen kan meelezen en reageren op de tekst.""",
                "Anouk de Vries",
                List.of("Hoogwater"),
                List.of(themes.get("Wonen"), themes.get("Groen")),
                List.of(
                        new PhaseSpec(
                                "Verkennen",
                                LadderLevel.CONSULT,
                                -120,
                                -45,
                                "Gesprekken aan de keukentafel en een enquête onder inwoners.",
                                "Hoogwater blijft een dorp met zo'n 7.000 inwoners",
                                "Wat inwoners belangrijk vinden",
                                "Dorpsbelang en de gemeente samen"),
                        new PhaseSpec(
                                "Samen schrijven",
                                LadderLevel.CO_PRODUCE,
                                -44,
                                45,
                                "Een schrijfgroep van inwoners en de gemeente schrijft de visie. U reageert per hoofdstuk.",
                                "De regels van de provincie voor bouwen buiten het dorp",
                                "Waar nieuwe woningen komen\nWat er met het oude schoolgebouw gebeurt\nHoe het dorpshuis blijft bestaan",
                                "De schrijfgroep; daarna de gemeenteraad"),
                        new PhaseSpec(
                                "Vaststellen door de raad",
                                LadderLevel.INFORM,
                                60,
                                120,
                                "De gemeenteraad bespreekt de dorpsvisie en stelt haar vast.",
                                "",
                                "",
                                "De gemeenteraad, in de vergadering van juni")));
        projects.publish(org, actor, vision);

        long schoolRoutes = project(
                "Veilige schoolroutes in Zeeveld",
                "Waar voelt u zich onveilig op weg naar school? Meld het, en geef advies over de oplossingen.",
                """
                Elke dag fietsen en lopen honderden kinderen naar school. De gemeente wil de routes veiliger maken
                en vraagt ouders, kinderen en buurtbewoners waar het beter kan.""",
                "Bram Jansen",
                List.of("Zeeveld (kern)"),
                List.of(themes.get("Verkeer")),
                List.of(
                        new PhaseSpec(
                                "Knelpunten melden",
                                LadderLevel.CONSULT,
                                14,
                                60,
                                "Meld plekken waar u zich onveilig voelt.",
                                "Het geld voor 2027: 300.000 euro",
                                "Welke plekken we als eerste aanpakken",
                                "De wethouder verkeer"),
                        new PhaseSpec(
                                "Advies over maatregelen",
                                LadderLevel.ADVISE,
                                75,
                                120,
                                "Een groep ouders en leerlingen geeft advies over de maatregelen.",
                                "Maatregelen moeten voldoen aan de landelijke richtlijnen",
                                "Welke maatregelen er komen: drempels, zebrapaden of fietsstraten",
                                "Het college, met het advies erbij")));
        projects.publish(org, actor, schoolRoutes);

        long solar = project(
                "Zonnepark Oostpolder",
                "Er komt een zonnepark in de Oostpolder. Omwonenden praatten mee over de inpassing.",
                """
                De gemeenteraad besloot in 2025 tot een zonnepark van 20 hectare. Omwonenden praatten mee over de
                afscherming met groen en over de opbrengst voor de omgeving. Het project is afgerond.""",
                "Anouk de Vries",
                List.of("Zeeveld (kern)", "Rietbroek"),
                List.of(themes.get("Energie")),
                List.of(
                        new PhaseSpec(
                                "Informatieavonden",
                                LadderLevel.INFORM,
                                -300,
                                -240,
                                "Twee avonden over het besluit en de planning.",
                                "De plek en de grootte van het park",
                                "",
                                "De gemeenteraad besloot in 2025"),
                        new PhaseSpec(
                                "Meepraten over de inpassing",
                                LadderLevel.CONSULT,
                                -239,
                                -150,
                                "Omwonenden gaven hun mening over groen rondom het park en het omgevingsfonds.",
                                "De plek en de grootte van het park",
                                "Hoe het park wordt afgeschermd met groen\nWaar het omgevingsfonds aan wordt besteed",
                                "Het college")));
        projects.publish(org, actor, solar);
        projects.close(org, actor, solar);

        long green = project(
                "Groen in de wijk",
                "Hoe onderhouden we het groen in uw straat? Geef advies over maaien, bloemen en bomen.",
                """
                De gemeente maakt een nieuw plan voor het onderhoud van het groen. Minder vaak maaien geeft meer
                bloemen en insecten, maar niet iedereen vindt dat mooi. Wat vindt u?""",
                "Bram Jansen",
                List.of("Zeeveld (kern)", "Rietbroek", "Hoogwater"),
                List.of(themes.get("Groen")),
                List.of(new PhaseSpec(
                        "Advies ophalen",
                        LadderLevel.ADVISE,
                        -10,
                        50,
                        "Geef advies over het onderhoud van het groen in uw straat.",
                        "Het budget voor groenonderhoud blijft gelijk",
                        "Hoe vaak we maaien\nWaar bloemenweides komen",
                        "De gemeenteraad, bij de begroting")));
        projects.publish(org, actor, green);

        project(
                "Herinrichting Marktplein",
                "Het Marktplein krijgt meer groen en minder parkeerplaatsen. Dit project is nog in voorbereiding.",
                "Dit project staat nog in concept en is niet zichtbaar voor inwoners.",
                "Anouk de Vries",
                List.of("Zeeveld (kern)"),
                List.of(themes.get("Openbare ruimte")),
                List.of(new PhaseSpec(
                        "Ontwerpen ophalen",
                        LadderLevel.CONSULT,
                        90,
                        150,
                        "Inwoners geven hun mening over schetsen.",
                        "",
                        "De inrichting",
                        "De gemeenteraad")));
    }

    /** Extra projects for load tests ({@code PLEIN_DEMO_EXTRA_PROJECTS}): published, one phase each. */
    void createExtra(int count) {
        List<String> areaNames = List.copyOf(areaIds.keySet());
        LadderLevel[] levels = LadderLevel.values();
        for (int i = 1; i <= count; i++) {
            long id = project(
                    "Voorbeeldproject " + i,
                    "Een extra project om te laten zien hoe de lijst zich gedraagt met veel projecten.",
                    "Dit project is alleen gemaakt voor metingen.",
                    "Bram Jansen",
                    List.of(areaNames.get(i % areaNames.size())),
                    List.of(),
                    List.of(new PhaseSpec(
                            "Meedenken",
                            levels[i % levels.length],
                            -i % 60,
                            30 + i % 90,
                            "Denk mee.",
                            "Het budget",
                            "De uitvoering",
                            "Het college")));
            projects.publish(org, actor, id);
        }
    }

    private long project(
            String title,
            String summary,
            String body,
            String contact,
            List<String> areas,
            List<Long> themeIds,
            List<PhaseSpec> phases) {
        List<Long> areaList = areas.stream().map(areaIds::get).toList();
        long id = projects.create(
                org,
                actor,
                new ProjectForm(
                        title,
                        summary,
                        body.strip(),
                        contact,
                        "participatie@zeeveld.example",
                        areaList,
                        themeIds,
                        "",
                        0,
                        ""));
        for (PhaseSpec phase : phases) {
            projects.addPhase(
                    org,
                    actor,
                    id,
                    new PhaseForm(
                            phase.name(),
                            phase.description(),
                            phase.level().name(),
                            today.plusDays(phase.startOffsetDays()).toString(),
                            today.plusDays(phase.endOffsetDays()).toString(),
                            phase.fixed(),
                            phase.open(),
                            phase.whoDecides(),
                            ""));
        }
        return id;
    }

    private long phaseId(long projectId, int index) {
        return projects.project(org, projectId)
                .orElseThrow()
                .phases()
                .get(index)
                .id();
    }
}
