package nl.plein.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.plein.accessibility.AutomatedReport;
import nl.plein.identity.Accounts;
import nl.plein.project.ProjectManagement;
import nl.plein.shared.Dates;
import nl.plein.support.BrowserTest;
import nl.plein.tenancy.Organisations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole site, as each kind of user sees it, against WCAG 2.2 AA: on the demo municipality, a visitor, a
 * resident and each staff role in turn follow every link on this site from the home page and the back office,
 * and axe-core checks every kind of page they reach, in Dutch and in English. A kind is the path with its numbers
 * and query values left out (/ideeen/12 and /ideeen/13 are one kind); it is checked as the first user to reach it
 * sees it. Downloads, logging out and the language switch itself are not followed.
 */
class WholeSiteIsAccessibleBrowserTest extends BrowserTest {

    private static final String HOST = "localhost";

    /** Files and actions, not pages; /api answers JSON. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(uitloggen|api/.*|.*\\.(csv|xlsx|pdf|ics|json|png|svg|jpg|txt|xml|css|js))$|/bijlage/|/export|/download");

    /** A safety net against an endless crawl (a calendar with a next-month link, say); far above the site's size. */
    private static final int MAX_PAGES_PER_USER = 400;

    @Autowired
    Organisations organisations;

    @Autowired
    Accounts accounts;

    @Autowired
    ProjectManagement projects;

    @Autowired
    ObjectProvider<DemoPart> parts;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyPageAnyUserReachesPassesAxeInDutchAndEnglish() throws java.io.IOException {
        DemoSeed.once(organisations, accounts, projects, parts, transaction);
        // Visitor and resident start at the home page; staff also in the back office.
        Map<String, List<String>> users = new LinkedHashMap<>();
        users.put("", List.of("/"));
        users.put("inwoner@zeeveld.example", List.of("/", "/account", "/mijn-inbreng"));
        for (String staff : List.of(
                "beheer@zeeveld.example",
                "project@zeeveld.example",
                "moderator@zeeveld.example",
                "analist@zeeveld.example",
                "platform@zeeveld.example")) {
            users.put(staff, List.of("/beheer", "/"));
        }
        // Kind of page -> the first address of that kind, and which kinds were checked in which language.
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, String> violations = new TreeMap<>();
        // Per failed rule: what it tests and where it failed, for the statement's report.
        Map<String, AutomatedReport.Finding> findings = new TreeMap<>();
        int checks = 0;
        for (var user : users.entrySet()) {
            browser.manage().deleteAllCookies();
            if (!user.getKey().isEmpty()) {
                signIn(user.getKey());
            }
            String who = user.getKey().isEmpty() ? "visitor" : user.getKey();
            List<String> found = crawl(user.getValue(), kinds);
            for (String lang : List.of("nl", "en")) {
                open(HOST, "/?lang=" + lang);
                for (String path : found) {
                    open(HOST, path);
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                            .as(path)
                            .isEqualTo(lang);
                    checks++;
                    List<Rule> failed = axeRules();
                    if (!failed.isEmpty()) {
                        violations.put(lang + " " + path + " (" + who + ")", describe(failed));
                    }
                    for (Rule rule : failed) {
                        findings.merge(
                                rule.getId(),
                                finding(rule, lang + " " + kind(path)),
                                WholeSiteIsAccessibleBrowserTest::where);
                    }
                }
            }
            open(HOST, "/?lang=nl");
        }
        // The list of what was checked, to read after a run: target/accessibility-crawl.txt; and the report an
        // organisation reads into its accessibility statement: target/accessibility-report.json.
        java.nio.file.Files.write(java.nio.file.Path.of("target/accessibility-crawl.txt"), kinds.values());
        var report = new AutomatedReport(
                "axe-core " + axeVersion + " (Plein, " + WholeSiteIsAccessibleBrowserTest.class.getSimpleName() + ")",
                "WCAG 2.2 AA",
                LocalDate.now(Dates.ZONE).toString(),
                checks,
                List.of("nl", "en"),
                List.copyOf(findings.values()));
        java.nio.file.Files.write(java.nio.file.Path.of("target/accessibility-report.json"), report.toJson());
        // The demo's statement reads a report of an earlier run (src/main/resources/demo); it must not claim
        // other findings than this run has. Refresh it by copying the new report there.
        var shipped = AutomatedReport.read(
                        new ClassPathResource(DemoAccessibility.REPORT).getContentAsByteArray(),
                        LocalDate.now(Dates.ZONE))
                .orElseThrow();
        assertThat(shipped.findings())
                .extracting(AutomatedReport.Finding::rule)
                .as("the demo's report finds what this run finds")
                .containsExactlyElementsOf(findings.keySet());
        System.out.printf(
                "Accessibility crawl: %d kinds of page, %d axe-core checks (WCAG 2.2 AA, Dutch and English)%n",
                kinds.size(), checks);
        assertThat(kinds).as("kinds of page reached").hasSizeGreaterThan(100);
        assertThat(violations).as("WCAG 2.2 AA violations per page").isEmpty();
    }

    private static AutomatedReport.Finding finding(Rule rule, String where) {
        List<String> criteria = rule.getTags().stream()
                .map(AutomatedReport::criterion)
                .flatMap(java.util.Optional::stream)
                .toList();
        if (criteria.isEmpty()) {
            throw new IllegalStateException("axe-core rule " + rule.getId() + " names no WCAG success criterion");
        }
        return new AutomatedReport.Finding(rule.getId(), criteria, rule.getHelp(), List.of(where));
    }

    private static AutomatedReport.Finding where(AutomatedReport.Finding a, AutomatedReport.Finding b) {
        var pages = new java.util.ArrayList<>(a.pages());
        pages.addAll(b.pages());
        return new AutomatedReport.Finding(a.rule(), a.criteria(), a.help(), pages);
    }

    /** Signs in on the login page with the demo's password. */
    private void signIn(String email) {
        open(HOST, "/inloggen");
        type("#email", email);
        type("#password", DemoData.PASSWORD);
        submit();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
    }

    /**
     * Follows links from the start pages, opening one address per kind of page that no earlier user reached, and
     * returns those: the pages this user is the first to reach.
     */
    private List<String> crawl(List<String> start, Map<String, String> kinds) {
        var queue = new ArrayDeque<>(start);
        Set<String> queued = new LinkedHashSet<>(start);
        var found = new java.util.ArrayList<String>();
        int opened = 0;
        while (!queue.isEmpty() && opened < MAX_PAGES_PER_USER) {
            String path = queue.poll();
            boolean startPage = start.contains(path);
            if (!startPage && kinds.containsKey(kind(path))) {
                continue;
            }
            open(HOST, path);
            opened++;
            String landed = local(browser.getCurrentUrl());
            // A download leaves the browser where it was; a redirect to the login page is not this user's page.
            if (landed == null || (landed.startsWith("/inloggen") && !path.startsWith("/inloggen"))) {
                continue;
            }
            if (kinds.putIfAbsent(kind(landed), landed) == null) {
                found.add(landed);
            }
            for (Object href : (List<?>) ((JavascriptExecutor) browser)
                    .executeScript("return Array.from(document.querySelectorAll('a[href]'), a => a.href)")) {
                String next = local(String.valueOf(href));
                if (next != null
                        && !NOT_A_PAGE.matcher(next.replaceAll("\\?.*", "")).find()
                        && !next.contains("lang=")
                        && !kinds.containsKey(kind(next))
                        && queued.add(next)) {
                    queue.add(next);
                }
            }
        }
        return found;
    }

    /** The path and query of a link on this site, without its fragment; null for another site or a mailto. */
    private String local(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) || !HOST.equals(uri.getHost()) || uri.getPort() != port) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (Exception e) {
            return null;
        }
    }

    /** /ideeen/12?pagina=2 and /ideeen/13?pagina=3 are the same kind of page: /ideeen/#?pagina. */
    static String kind(String path) {
        String[] parts = path.split("\\?", 2);
        String kind = parts[0].replaceAll("/[0-9]+(?=/|$)", "/#").replaceAll("/[0-9a-f-]{36}(?=/|$)", "/#");
        if (parts.length > 1) {
            var keys = new java.util.TreeSet<String>();
            for (String pair : parts[1].split("&")) {
                keys.add(pair.split("=", 2)[0]);
            }
            kind += "?" + String.join("&", keys);
        }
        return kind;
    }
}
