package nl.plein.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.plein.audit.AuditLog.Actor;
import nl.plein.identity.ApiTokens;
import nl.plein.panel.CsvImport;
import nl.plein.panel.PanelManagement;
import nl.plein.panel.ProfileForm;
import nl.plein.project.ComponentForm;
import nl.plein.project.Phase;
import nl.plein.project.ProjectManagement;
import nl.plein.project.ProjectSummary;
import nl.plein.shared.Dates;
import nl.plein.shared.OrganisationId;
import nl.plein.survey.Audience;
import nl.plein.survey.PaperImport;
import nl.plein.survey.QuestionForm;
import nl.plein.survey.SurveyComponent;
import nl.plein.survey.SurveyForm;
import nl.plein.survey.SurveyManagement;
import nl.plein.tenancy.Area;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's resident panel and surveys: about 1,200 members skewed the way real panels are (more
 * men, more people over 55), two closed surveys with a few hundred responses each (one with published
 * results), an open survey in the playground project that shows every question type, and an API token
 * for the analyst, printed on the console. Everything goes through the modules' own use cases (CSV
 * imports included), so the demo checks them too. A fixed seed makes every demo the same.
 */
@Component
@Order(30)
class DemoPanelAndSurveys implements DemoPart {

    /** A personal letter's code; staff can enter supports with it at /beheer/namens as often as they like. */
    static final String LETTER_CODE = "ZV-DEMO-0003";

    /** Where the demo resident lives, by their panel profile: the neighbourhood budget is for that area. */
    static final String RESIDENT_POSTCODE = "9902 AB";

    private static final Logger log = LoggerFactory.getLogger(DemoPanelAndSurveys.class);
    static final int MEMBERS = 1_200;

    private final PanelManagement panel;
    private final SurveyManagement surveys;
    private final PaperImport responses;
    private final ApiTokens tokens;
    private final ProjectManagement projects;

    DemoPanelAndSurveys(
            PanelManagement panel,
            SurveyManagement surveys,
            PaperImport responses,
            ApiTokens tokens,
            ProjectManagement projects) {
        this.panel = panel;
        this.surveys = surveys;
        this.responses = responses;
        this.tokens = tokens;
        this.projects = projects;
    }

    private record Member(String areaCode, String sex, int birthYear) {}

    @Override
    public void create(DemoMunicipality m) {
        try {
            Random random = new Random(2026);
            OrganisationId org = m.organisation();
            List<Area> areas = m.areas().stream().filter(a -> a.residents() > 0).toList();
            postcodes(m, areas);
            List<Member> members = members(m, areas, random);
            // The README's code is one for everyone, as if printed in the village paper, so it works for every
            // visitor; the letters' codes work once, as real ones do.
            panel.addCodes(org, m.admin(), new StringReader("ZV-DEMO-0001\n"), true);
            panel.addCodes(org, m.admin(), new StringReader("ZV-DEMO-0002\n" + LETTER_CODE + "\n"), false);
            panel.join(
                    m.resident(), new ProfileForm("1988", "V", RESIDENT_POSTCODE, "", "", "", true, false, ""), false);

            LocalDate today = LocalDate.now(Dates.ZONE);
            long waste = closedWasteSurvey(m, today, members, random);
            long safety = closedSafetySurvey(m, today, members, random);
            long playground = openPlaygroundSurvey(m, today, members, random);
            long solar = closedSolarParkSurvey(m, today, members, random);
            attach(m, "Dorpsvisie Hoogwater 2040", 0, "Enquête Hoogwater", safety);
            attach(m, "Nieuw speelplein in Rietbroek", 1, "Vragenlijst speelplein", playground);
            attach(m, "Zonnepark Oostpolder", 1, "Vragenlijst inpassing zonnepark", solar);
            log.info(
                    "Demo panel: {} members; surveys {} and {} closed, {} open; panel code for /panel: ZV-DEMO-0001",
                    members.size(),
                    waste,
                    safety,
                    playground);
            logToken(tokens.create(m.analyst(), "Demo").token(), waste);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this run printed a token already (on a fresh database it is made with the rest of the demo). */
    private volatile boolean tokenShown;

    boolean tokenShown() {
        return tokenShown;
    }

    void logToken(String token, long surveyId) {
        tokenShown = true;
        log.info("""

                 Demo analyst API token (acts as analist@zeeveld.example, revoke under Beheer > Vragenlijsten > API-sleutels):
                   {}
                 Try: curl -H 'Host: localhost' -H 'Authorization: Bearer {}' http://localhost:<port>/api/v1/surveys/{}/results
                 API description: /api/v1/openapi.json""", token, token, surveyId);
    }

    /** Four-digit postcodes 9901.. per area, so profiles and imports find areas from a postcode. */
    private void postcodes(DemoMunicipality m, List<Area> areas) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < areas.size(); i++) {
            csv.append(9901 + i).append(',').append(areas.get(i).code()).append('\n');
        }
        require(panel.importPostcodes(m.organisation(), m.admin(), new StringReader(csv.toString())));
    }

    /** Members drawn from the population, with men and people over 55 more likely to join. */
    private List<Member> members(DemoMunicipality m, List<Area> areas, Random random) throws IOException {
        int thisYear = LocalDate.now(Dates.ZONE).getYear();
        long population = areas.stream().mapToLong(Area::residents).sum();
        List<Member> members = new ArrayList<>();
        StringBuilder csv = new StringBuilder("email,birth_year,sex,postcode,consent_date,area\n");
        while (members.size() < MEMBERS) {
            long pick = (long) (random.nextDouble() * population);
            Area area = areas.getLast();
            for (Area a : areas) {
                if (pick < a.residents()) {
                    area = a;
                    break;
                }
                pick -= a.residents();
            }
            int age = 16 + random.nextInt(72);
            boolean man = random.nextDouble() < 0.5;
            double joins = (man ? 1.0 : 0.7) * (age >= 55 ? 1.0 : age >= 35 ? 0.55 : 0.3);
            if (random.nextDouble() > joins) {
                continue;
            }
            Member member = new Member(area.code(), man ? "M" : "V", thisYear - age);
            int n = members.size() + 1;
            LocalDate consent = LocalDate.now(Dates.ZONE).minusDays(random.nextInt(700));
            csv.append("panellid%04d@zeeveld.example,%d,%s,%d AA,%s,%s\n"
                    .formatted(n, member.birthYear(), member.sex(), 9901 + areas.indexOf(area), consent, area.code()));
            members.add(member);
        }
        require(panel.importMembers(m.organisation(), m.admin(), new StringReader(csv.toString())));
        return members;
    }

    private long closedWasteSurvey(DemoMunicipality m, LocalDate today, List<Member> members, Random random)
            throws IOException {
        long id = survey(m, "Afval scheiden in Zeeveld", Audience.PANEL, today.minusDays(120), today.minusDays(90));
        long container = question(
                m,
                id,
                1,
                "SINGLE",
                "Hoe vaak brengt u glas naar de glasbak?",
                "Elke week\nElke maand\nMinder dan eens per maand\nNooit",
                "");
        long grade = question(m, id, 1, "GRADE", "Welk rapportcijfer geeft u de afvalinzameling?", "", "");
        long satisfied = question(m, id, 2, "YES_NO", "Vindt u de containers dichtbij genoeg?", "", "");
        long open = question(m, id, 2, "TEXT", "Wat kan er beter aan de afvalinzameling?", "", "");
        StringBuilder csv = header(container, grade, satisfied, open);
        String[] tips = {
            "Vaker de gft-bak legen in de zomer.",
            "Een glasbak dichter bij het dorpshuis.",
            "Duidelijkere uitleg over plastic.",
            "De containers zijn vaak vol.",
            "Het gaat prima zo."
        };
        for (Member member : sample(members, 340, random)) {
            boolean older = member.birthYear() < LocalDate.now().getYear() - 55;
            row(
                    csv,
                    member,
                    "PANEL",
                    String.valueOf(1 + random.nextInt(older ? 2 : 4)),
                    String.valueOf(Math.min(10, Math.max(1, (int) Math.round(6.8 + random.nextGaussian() * 1.4)))),
                    random.nextDouble() < (older ? 0.6 : 0.75) ? "1" : "2",
                    random.nextDouble() < 0.3 ? tips[random.nextInt(tips.length)] : "");
        }
        require(responses.importResponses(m.organisation(), m.projectManager(), id, new StringReader(csv.toString())));
        return id;
    }

    private long closedSafetySurvey(DemoMunicipality m, LocalDate today, List<Member> members, Random random)
            throws IOException {
        long id = survey(m, "Veilig in uw wijk", Audience.BOTH, today.minusDays(80), today.minusDays(50));
        long safe = question(
                m, id, 1, "SCALE5", "Hoe veilig voelt u zich 's avonds op straat? (1 = onveilig, 5 = veilig)", "", "");
        long places = question(
                m,
                id,
                1,
                "MULTIPLE",
                "Waar voelt u zich weleens onveilig?",
                "Op straat\nIn het park\nBij het station\nIn het winkelcentrum\nNergens",
                "");
        long light = question(m, id, 2, "YES_NO", "Is er genoeg straatverlichting in uw buurt?", "", "");
        StringBuilder csv = header(safe, places, light);
        for (Member member : sample(members, 260, random)) {
            boolean woman = member.sex().equals("V");
            int score = Math.min(5, Math.max(1, (int) Math.round((woman ? 3.3 : 3.8) + random.nextGaussian())));
            String where = score >= 4
                    ? "5"
                    : (1 + random.nextInt(4)) + (random.nextBoolean() ? ";" + (1 + random.nextInt(4)) : "");
            row(
                    csv,
                    member,
                    random.nextDouble() < 0.8 ? "PANEL" : random.nextDouble() < 0.5 ? "LINK" : "PAPER",
                    String.valueOf(score),
                    where.replace("1;1", "1")
                            .replace("2;2", "2")
                            .replace("3;3", "3")
                            .replace("4;4", "4"),
                    random.nextDouble() < 0.7 ? "1" : "2");
        }
        require(responses.importResponses(m.organisation(), m.projectManager(), id, new StringReader(csv.toString())));
        surveys.publishResults(m.organisation(), m.analyst(), id, """
                Bedankt aan iedereen die meedeed! Dit vertelde u ons:

                - De meeste inwoners voelen zich 's avonds veilig op straat.
                - Vrouwen voelen zich wat minder veilig dan mannen.
                - Het station en het park worden het vaakst genoemd als plekken waar het minder veilig voelt.

                De gemeente zet in 2027 extra straatverlichting bij het station en in het park.""", "http://localhost:8080");
        return id;
    }

    /**
     * The closed solar park's input, in its consultation phase (239 to 150 days ago): the neighbours of Zeeveld and
     * Rietbroek online, through the panel and on paper at the information evenings.
     */
    private long closedSolarParkSurvey(DemoMunicipality m, LocalDate today, List<Member> members, Random random)
            throws IOException {
        long id =
                survey(m, "Inpassing zonnepark Oostpolder", Audience.BOTH, today.minusDays(239), today.minusDays(150));
        long screen = question(
                m,
                id,
                1,
                "SINGLE",
                "Hoe wilt u het zonnepark afgeschermd zien?",
                "Een haag van inheemse struiken\nEen houtwal met bomen\nEen hek met klimplanten\nGeen afscherming nodig",
                "");
        long fund = question(
                m,
                id,
                1,
                "MULTIPLE",
                "Waar moet het omgevingsfonds aan besteed worden?",
                "Zonnepanelen op het dorpshuis\nKorting op de energierekening\nGroen en natuur\nVerenigingen en sport",
                "");
        long remark = question(m, id, 2, "TEXT", "Wilt u nog iets meegeven aan de gemeente?", "", "");
        String[] remarks = {
            "Ik wil het park niet zien vanuit mijn tuin.",
            "Denk aan de vogels in de polder.",
            "Graag een wandelpad langs de haag.",
            "Laat het dorp meedelen in de opbrengst."
        };
        List<Member> neighbours = members.stream()
                .filter(member -> member.areaCode().equals(areaCode(m, "Zeeveld (kern)"))
                        || member.areaCode().equals(areaCode(m, "Rietbroek")))
                .toList();
        StringBuilder csv = header(screen, fund, remark);
        for (Member member : sample(neighbours, 180, random)) {
            double channel = random.nextDouble();
            row(
                    csv,
                    member,
                    channel < 0.55 ? "PANEL" : channel < 0.85 ? "LINK" : "PAPER",
                    String.valueOf(random.nextDouble() < 0.6 ? 1 : 2 + random.nextInt(3)),
                    (random.nextDouble() < 0.5 ? "1" : "3") + (random.nextBoolean() ? ";2" : ""),
                    random.nextDouble() < 0.25 ? remarks[random.nextInt(remarks.length)] : "");
        }
        require(responses.importResponses(m.organisation(), m.projectManager(), id, new StringReader(csv.toString())));
        surveys.publishResults(m.organisation(), m.analyst(), id, """
                Bedankt voor uw mening over het zonnepark!

                - De meeste omwonenden kiezen een haag van inheemse struiken rond het park.
                - Voor het omgevingsfonds worden zonnepanelen op het dorpshuis en groen het vaakst genoemd.

                Het college nam beide punten over. Lees het participatieverslag bij het project.""", "http://localhost:8080");
        return id;
    }

    private static String areaCode(DemoMunicipality m, String name) {
        return m.areas().stream()
                .filter(a -> a.name().equals(name))
                .map(Area::code)
                .findFirst()
                .orElseThrow();
    }

    private long openPlaygroundSurvey(DemoMunicipality m, LocalDate today, List<Member> members, Random random)
            throws IOException {
        long id = survey(
                m, "Uw mening over het nieuwe speelplein", Audience.BOTH, today.minusDays(7), today.plusDays(20));
        long children = question(m, id, 1, "YES_NO", "Heeft u kinderen onder de 12 jaar?", "", "");
        long design = question(
                m,
                id,
                1,
                "SINGLE",
                "Welk ontwerp vindt u het mooist?",
                "Ontwerp A, Avontuur\nOntwerp B, Samen\nOntwerp C, Sport",
                "");
        long howMany =
                question(m, id, 2, "NUMBER", "Hoeveel kinderen onder de 12 wonen er in uw huis?", "", children + ":1");
        long use = question(
                m,
                id,
                2,
                "MULTIPLE",
                "Wat zou u op het plein doen? (hoogstens 2)",
                "Spelen met de kinderen\nSporten\nAndere ouders ontmoeten\nRustig zitten",
                "");
        long importance = question(
                m,
                id,
                3,
                "RANKING",
                "Wat vindt u het belangrijkst?",
                "Veiligheid\nGroen en schaduw\nBankjes\nSpeeltoestellen",
                "");
        var matrix = new QuestionForm(
                "3",
                "MATRIX",
                "Hoe belangrijk vindt u deze dingen?",
                "",
                "Niet belangrijk\nBeetje belangrijk\nBelangrijk\nHeel belangrijk",
                "Een hek rond het plein\nVerlichting\nEen watertappunt",
                false,
                "",
                "",
                "",
                "");
        surveys.addQuestion(m.organisation(), m.projectManager(), id, matrix);
        question(m, id, 3, "SCALE10", "Hoe waarschijnlijk is het dat u het plein aanraadt aan anderen?", "", "");
        question(m, id, 4, "AREA", "In welke wijk woont u?", "", "");
        question(m, id, 4, "TEXT", "Wilt u nog iets meegeven?", "", "");
        StringBuilder csv = header(children, design, howMany, use, importance);
        for (Member member : sample(members, 90, random)) {
            boolean kids = random.nextDouble() < 0.35;
            row(
                    csv,
                    member,
                    random.nextDouble() < 0.6 ? "PANEL" : "LINK",
                    kids ? "1" : "2",
                    String.valueOf(1 + random.nextInt(3)),
                    kids ? String.valueOf(1 + random.nextInt(3)) : "",
                    String.valueOf(1 + random.nextInt(4)),
                    random.nextBoolean() ? "1;2;3;4" : "2;1;4;3");
        }
        require(responses.importResponses(m.organisation(), m.projectManager(), id, new StringReader(csv.toString())));
        return id;
    }

    private long survey(DemoMunicipality m, String title, Audience audience, LocalDate opens, LocalDate closes) {
        return surveys.create(
                        m.organisation(),
                        m.projectManager(),
                        new SurveyForm(
                                title,
                                "Deze vragenlijst duurt ongeveer vijf minuten. Uw antwoorden bewaren we zonder uw naam.",
                                "Bedankt voor uw tijd! Na afloop leest u hier wat eruit kwam.",
                                audience.name(),
                                true,
                                opens.toString(),
                                closes.toString(),
                                0,
                                ""))
                .id();
    }

    private long question(
            DemoMunicipality m, long surveyId, int page, String kind, String text, String options, String condition) {
        var outcome = surveys.addQuestion(
                m.organisation(),
                m.projectManager(),
                surveyId,
                new QuestionForm(
                        String.valueOf(page),
                        kind,
                        text,
                        "",
                        options,
                        "",
                        !kind.equals("TEXT") && condition.isEmpty(),
                        kind.equals("MULTIPLE") ? "1" : "",
                        kind.equals("MULTIPLE") ? "2" : "",
                        condition,
                        ""));
        if (!outcome.ok()) {
            throw new IllegalStateException(
                    "Demo question refused: " + outcome.errors().asMap());
        }
        return outcome.id();
    }

    private void attach(DemoMunicipality m, String projectTitle, int phaseIndex, String title, long surveyId) {
        for (ProjectSummary summary : projects.allProjects(m.organisation())) {
            if (summary.title().equals(projectTitle)) {
                var project = projects.project(m.organisation(), summary.id()).orElseThrow();
                Phase phase = project.phases().get(phaseIndex);
                projects.addComponent(
                        m.organisation(),
                        Actor.of(m.projectManager()),
                        project.id(),
                        phase.id(),
                        new ComponentForm(
                                SurveyComponent.KEY,
                                title,
                                Map.of("survey", String.valueOf(surveyId), "text", ""),
                                ""));
            }
        }
    }

    private static StringBuilder header(long... questions) {
        StringBuilder csv = new StringBuilder("area,sex,birth_year,channel");
        for (long q : questions) {
            csv.append(",q").append(q);
        }
        return csv.append('\n');
    }

    private static void row(StringBuilder csv, Member member, String channel, String... answers) {
        csv.append(member.areaCode())
                .append(',')
                .append(member.sex())
                .append(',')
                .append(member.birthYear())
                .append(',')
                .append(channel);
        for (String answer : answers) {
            csv.append(",\"").append(answer.replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
    }

    private static List<Member> sample(List<Member> members, int n, Random random) {
        List<Member> copy = new ArrayList<>(members);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static void require(CsvImport result) {
        if (!result.succeeded()) {
            throw new IllegalStateException("Demo import failed: " + result.errors());
        }
    }
}
