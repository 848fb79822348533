package nl.plein.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: Debian's Chromium, headless, driven by Debian's chromedriver, against
 * the running application. Every page a test opens can be checked with axe-core for WCAG 2.2 A/AA (2.2 adds target size, 2.5.8).
 * One browser per test class; a fresh profile (no cookies) per test.
 */
public abstract class BrowserTest extends PleinIntegrationTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static ChromeDriver driver;

    protected WebDriver browser;
    /** The axe-core version of the last check, for a report of what was checked with what. */
    protected String axeVersion = "";

    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("");
        if (driver == null) {
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,1000",
                    "--lang=nl");
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // A click that submits a form can return before the next page is there: look for up to 5 s.
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
        driver.manage().deleteAllCookies();
        browser = driver;
    }

    @AfterEach
    void screenshot() throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(testName + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Opens a page of an organisation by its hostname ({@code *.localhost} resolves to this machine). */
    protected void open(String host, String path) {
        browser.get("http://" + host + ":" + port + path);
        browser.manage().deleteCookieNamed("__unused");
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected void type(String css, String text) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(text);
    }

    /** Logs in through the login page and waits until the browser has left it. */
    protected void signIn(String host, String email) {
        open(host, "/inloggen");
        type("#email", email);
        type("#password", TestData.PASSWORD);
        submit();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
    }

    /** Submits the form in the page's main content. */
    protected void submit() {
        find("main form button[type=submit]").click();
    }

    /** Clicking submit returns before the next page has loaded; this waits for it. */
    protected void submitAndWaitFor(String path) {
        submit();
        waitUntil(ExpectedConditions.urlContains(path));
    }

    /**
     * Clicks a link or button and waits until the next page has loaded. The old page is marked first and
     * the wait looks for a document without the mark, because asking Chromium about an element of a page
     * being replaced can fail with an inspector error instead of a stale-element answer.
     */
    protected void clickAndWait(String css) {
        var element = find(css);
        andWaitForTheNextPage(element::click);
    }

    /** Does what leads to another page (a click, Enter on a button) and waits until that page has loaded. */
    protected void andWaitForTheNextPage(Runnable action) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.documentElement.dataset.pleinLeaving = 'yes'");
        action.run();
        waitUntil(
                driver -> Boolean.TRUE.equals(
                        ((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeScript(
                                        "return document.readyState === 'complete' && !document.documentElement.dataset.pleinLeaving")));
    }

    /**
     * Waits until the page's main content shows the text. Asking a page that is being replaced can fail with an
     * inspector error instead of a stale-element answer, which only means: not yet.
     */
    protected void waitForText(String text) {
        waitUntil(driver -> {
            try {
                return driver.findElement(By.cssSelector("main")).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    /** Fails with the list of violations if axe-core finds any WCAG 2.2 AA problem (A and AA of 2.0 to 2.2) on the page. */
    protected void assertAccessible() {
        assertThat(axeViolations())
                .as("WCAG violations on " + browser.getCurrentUrl())
                .isEmpty();
    }

    /** What axe-core finds on the open page against WCAG 2.2 AA, one rule per line with its elements; "" if nothing. */
    protected String axeViolations() {
        return describe(axeRules());
    }

    /** The WCAG 2.2 AA rules the open page fails, as axe-core reports them. */
    protected List<Rule> axeRules() {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        axeVersion = results.getTestEngine().getVersion();
        return results.getViolations();
    }

    /** Failed rules one per line with their elements; "" if none. */
    protected static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
