package nl.plein.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import nl.plein.identity.Accounts;
import nl.plein.identity.StaffRole;
import nl.plein.project.ProjectFilter;
import nl.plein.project.ProjectManagement;
import nl.plein.support.PleinIntegrationTest;
import nl.plein.tenancy.Area;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo municipality of {@code ./plein run}: created whole, and usable with the printed logins. */
class DemoDataIntegrationTest extends PleinIntegrationTest {

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    nl.plein.panel.PanelManagement panel;

    @Autowired
    nl.plein.survey.SurveyManagement surveys;

    @Autowired
    ObjectProvider<DemoPart> parts;

    @Autowired
    nl.plein.opinionmap.ComponentLookup opinionMapLookup;

    @Autowired
    nl.plein.opinionmap.OpinionMaps opinionMaps;

    @Autowired
    nl.plein.budget.BudgetLookup budgetLookup;

    @Autowired
    nl.plein.budget.Budgets budgets;

    @Test
    void theDemoMunicipalityIsCreatedWithVillagesProjectsAndStaffForEveryRole() {
        DemoSeed.once(organisations, accounts, projects, parts, transaction);

        var zeeveld = organisations.bySlug("zeeveld").orElseThrow();
        assertThat(zeeveld.demo()).isTrue();
        assertThat(organisations.areas(zeeveld.id()))
                .extracting(Area::name)
                .containsExactlyInAnyOrder("Zeeveld (kern)", "Rietbroek", "Hoogwater");
        assertThat(organisations.areas(zeeveld.id()).stream()
                        .mapToInt(Area::residents)
                        .sum())
                .isEqualTo(42_115);

        var roles = EnumSet.noneOf(StaffRole.class);
        accounts.staff(zeeveld.id()).forEach(member -> roles.addAll(member.roles()));
        assertThat(roles).containsExactlyInAnyOrder(StaffRole.values());

        // Five published projects (one closed), one draft, three extra, two neighbourhood budgets.
        assertThat(projects.allProjects(zeeveld.id())).hasSize(11);
        assertThat(projects.publishedProjects(zeeveld.id(), ProjectFilter.none())
                        .total())
                .isEqualTo(10);

        // The printed logins work, and the site says it is demo data.
        var client = client("localhost");
        assertThat(client.login("project@zeeveld.example", DemoData.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
        assertThat(client.get("/").body())
                .contains("Dit is een demonstratie")
                .contains("Nieuw speelplein in Rietbroek");

        // Decisions on the playground and the solar park, with their public timeline.
        assertThat(client.get("/projecten/nieuw-speelplein-in-rietbroek/besluiten")
                        .body())
                .contains("Er komt een trapveldje naast de nieuwe toestellen")
                .contains("Wethouder Sport en Spelen");
        assertThat(client.get("/projecten/zonnepark-oostpolder/besluiten").body())
                .contains("Een haag van inheemse struiken rond het zonnepark");
        // Participation plans (one agreed, one draft) and the closed project's published report.
        var titles = projects.allProjects(zeeveld.id()).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.title(), p -> p, (a, b) -> a));
        String playground = titles.get("Nieuw speelplein in Rietbroek").slug();
        assertThat(client.get("/projecten/" + playground + "/participatieplan").body())
                .contains("120.000 euro");
        assertThat(client.get("/projecten/"
                                + titles.get("Dorpsvisie Hoogwater 2040").slug() + "/participatieplan")
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.get("/projecten/" + titles.get("Zonnepark Oostpolder").slug() + "/participatieverslag")
                        .body())
                .contains("haag van inheemse struiken")
                .contains("Inwoners deden 180 keer mee")
                .doesNotContain("geen inbreng");
        // The village vision's document is reachable from its project, not only by its address.
        assertThat(client.get("/projecten/"
                                + titles.get("Dorpsvisie Hoogwater 2040").slug())
                        .body())
                .containsPattern("href=\"/documenten/\\d+\"");
        // The conversation: a discussion with a hidden contribution and its public reason, ideas with a merged
        // duplicate.
        String project = client.get("/projecten/nieuw-speelplein-in-rietbroek").body();
        java.util.regex.Matcher talk = java.util.regex.Pattern.compile(
                        "href=\"(/projecten/nieuw-speelplein-in-rietbroek/gesprek/\\d+)\"")
                .matcher(project);
        java.util.regex.Matcher ideas = java.util.regex.Pattern.compile(
                        "href=\"(/projecten/nieuw-speelplein-in-rietbroek/ideeen/\\d+)\"")
                .matcher(project);
        assertThat(talk.find()).isTrue();
        assertThat(ideas.find()).isTrue();
        assertThat(client.get(talk.group(1)).body())
                .contains("Antwoord van de gemeente")
                .contains("Noemt het adres van buurtbewoners")
                .doesNotContain("Kreekweg 8");
        assertThat(client.get(ideas.group(1) + "?volgorde=steun").body())
                .contains("Watertappunt bij de ingang")
                .contains("samengevoegd met een ander idee");
        assertThat(client.get("/projecten/nieuw-speelplein-in-rietbroek/moderatie")
                        .body())
                .contains("Een reactie is verborgen");
        // The panel and surveys: a panel skewed like real ones, two closed surveys and one open.
        var overview = panel.overview(zeeveld.id());
        assertThat(overview.activeMembers()).isBetween(1_200L, 1_201L);
        var men = overview.sexes().stream()
                .filter(g -> g.label().equals("M"))
                .findFirst()
                .orElseThrow();
        assertThat(men.panelShare()).isGreaterThan(0.55);
        var older = overview.ageBands().getLast();
        assertThat(older.underRepresented()).isFalse();
        assertThat(overview.ageBands().getFirst().underRepresented()).isTrue();
        var states = surveys.surveys(zeeveld.id()).stream()
                .map(s -> s.state() + ":" + (s.responses() >= 50))
                .toList();
        assertThat(states).containsExactlyInAnyOrder("CLOSED:true", "CLOSED:true", "CLOSED:true", "OPEN:true");
        // The opinion map of the village vision shows its three simulated groups straight away.
        var opinionMap = opinionMapLookup.all(zeeveld.id()).getFirst().component();
        var summary = opinionMaps.summary(zeeveld.id(), opinionMap.id()).orElseThrow();
        assertThat(summary.groups()).hasSize(3);
        assertThat(summary.consensus()).isNotEmpty();
        assertThat(opinionMaps.statements(zeeveld.id(), opinionMap.id())).hasSize(40);

        // The Zeeveld budget is closed, counted and published: EUR 150,000, 14 proposals, a few hundred ballots, and
        // equal shares funds more than the biggest group's wish list. The area budget is open for every visitor.
        var demoBudgets = budgetLookup.all(zeeveld.id());
        assertThat(demoBudgets).hasSize(2);
        var closed = demoBudgets.stream()
                .filter(b -> budgets.settings(zeeveld.id(), b.component().id()).published())
                .findFirst()
                .orElseThrow();
        long closedId = closed.component().id();
        var settings = budgets.settings(zeeveld.id(), closedId);
        assertThat(settings.amount()).isEqualTo(150_000);
        assertThat(budgets.proposals(zeeveld.id(), closedId)).hasSize(14);
        assertThat(budgets.ballotCount(zeeveld.id(), closedId)).isBetween(250L, 400L);
        var funded = budgets.results(zeeveld.id(), closedId).stream()
                .filter(r -> r.verdict().selected())
                .mapToLong(r -> r.proposal().cost())
                .sum();
        assertThat(funded).isBetween(100_000L, 150_000L);
        assertThat(client.get(closed.path() + "/uitslag").body())
                .contains("Geteld met de methode van gelijke delen: iedere stemmer had");
        var open = demoBudgets.stream().filter(b -> b != closed).findFirst().orElseThrow();
        assertThat(open.phaseOpen()).isTrue();
        assertThat(budgets.settings(zeeveld.id(), open.component().id()).closed())
                .isFalse();
    }
}
