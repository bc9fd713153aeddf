package uk.sexualsafety.cop.portal.browser;

import com.codeborne.selenide.SelenideConfig;
import com.codeborne.selenide.SelenideDriver;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium from Debian's packages, driven by Selenide without its static state, so that a test can
 * hold several browsers at once (one per person or device).
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final SelenideDriver driver;

    Browser(String baseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + temporaryProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        WebDriver webDriver = new ChromeDriver(service, options);
        SelenideConfig config = new SelenideConfig()
                .baseUrl(baseUrl)
                .timeout(15_000)
                .screenshots(false)
                .savePageSource(false);
        driver = new SelenideDriver(config, webDriver, null);
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("portal-browser-test").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public SelenideDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.open(path);
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight, so that the page is in the state the server last sent. */
    public void waitForVaadin() {
        new WebDriverWait(driver.getWebDriver(), Duration.ofSeconds(15)).until(web -> Boolean.TRUE.equals(
                ((JavascriptExecutor) web).executeScript("""
                        if (document.readyState !== 'complete') return false;
                        const flow = window.Vaadin && window.Vaadin.Flow;
                        if (!flow || !flow.clients) return true;
                        return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
                        """)));
    }

    /** Checks the page as it stands against WCAG 2.2 A and AA rules with axe-core. */
    public void shouldHaveNoAccessibilityViolations() {
        waitForVaadin();
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver.getWebDriver());
        assertThat(results.getViolations())
                .as(() -> "axe violations on " + driver.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    public void deleteCookie(String name) {
        driver.getWebDriver().manage().deleteCookieNamed(name);
    }

    public String cookie(String name) {
        var cookie = driver.getWebDriver().manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.close();
    }

}
