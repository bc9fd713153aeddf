package uk.sexualsafety.cop.portal.browser;

import com.codeborne.selenide.SelenideConfig;
import com.codeborne.selenide.SelenideDriver;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium from Debian's packages, driven by Selenide without its static state, so that a test can
 * hold several browsers at once (one per person or device). Every page it loads records any breach of the portal's
 * Content-Security-Policy, and the test fails on the first one it sees (at each wait, each accessibility check, and
 * when the test ends); accessibility is checked at the widths people use.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** A desktop window, and a phone's width, where WCAG's reflow criterion asks that nothing is lost. */
    private static final List<Viewport> CHECKED_SIZES = List.of(new Viewport(1280, 900), new Viewport(320, 720));

    private static final String VIOLATIONS_KEY = "portal-csp-violations";

    /**
     * Runs in every document before its own scripts (so that nothing the bootstrap page does escapes it) and keeps
     * each breach in the tab's session storage, which survives the navigations between the portal's pages. BiDi
     * cannot connect to Debian's Chromium from this Selenium, so the console is not read directly.
     */
    private static final String VIOLATION_RECORDER = """
            (() => {
              if (window.__portalCspRecorder) return;
              window.__portalCspRecorder = true;
              document.addEventListener('securitypolicyviolation', e => {
                try {
                  const seen = JSON.parse(sessionStorage.getItem('%1$s') || '[]');
                  seen.push({directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI,
                             source: e.sourceFile, line: e.lineNumber, sample: e.sample, page: location.pathname});
                  sessionStorage.setItem('%1$s', JSON.stringify(seen));
                } catch (ignored) {
                }
              }, true);
            })();
            """.formatted(VIOLATIONS_KEY);

    private record Viewport(int width, int height) {
        @Override
        public String toString() {
            return width + "\u00D7" + height;
        }
    }

    private final SelenideDriver driver;
    private final ChromeDriver chrome;

    private final String baseUrl;

    /** A clean browser for one journey on the portal at {@code baseUrl}; the extension gives it back afterwards. */
    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        chrome = Chromes.take();
        // Registered in each journey's own tab (a tab given back is replaced by a new one).
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIOLATION_RECORDER));
        SelenideConfig config = new SelenideConfig()
                .baseUrl(baseUrl)
                .timeout(15_000)
                .screenshots(false)
                // Downloads (a member's copy of their data) are build output, not files to commit.
                .downloadsFolder("target/downloads")
                .savePageSource(false);
        driver = new SelenideDriver(config, chrome, null);
    }

    /**
     * A browser on a portal that no test context runs (a second node, say); the test closes it. Journeys on the
     * test's own portal take a {@code Browser} parameter instead.
     */
    public static Browser at(String baseUrl) {
        return new Browser(baseUrl);
    }

    public SelenideDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.open(path);
        waitForVaadin();
    }

    /** Fails with every breach of the Content-Security-Policy recorded since the last check, in any page. */
    public void shouldHaveNoContentSecurityPolicyViolations() {
        Object recorded = ((JavascriptExecutor) driver.getWebDriver()).executeScript("""
                try {
                  const seen = sessionStorage.getItem(arguments[0]);
                  sessionStorage.removeItem(arguments[0]);
                  return seen;
                } catch (e) {
                  return null;
                }
                """, VIOLATIONS_KEY);
        assertThat(recorded == null ? "[]" : recorded.toString())
                .as(() -> "Content-Security-Policy violations up to " + driver.url())
                .isEqualTo("[]");
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
        shouldHaveNoContentSecurityPolicyViolations();
    }

    /**
     * Checks the page as it stands against WCAG 2.2 A and AA rules with axe-core, in a desktop window 1280 pixels
     * wide and at 320 pixels, the width at which content must reflow without loss.
     */
    public void shouldHaveNoAccessibilityViolations() {
        waitForVaadin();
        StringBuilder found = new StringBuilder();
        holdNotificationsOpen();
        try {
            for (Viewport size : CHECKED_SIZES) {
                showAt(size);
                // Legacy mode runs axe in the page itself: the default finishes each pass in a new blank window,
                // a third slower, for iframes the portal does not have (decision 042).
                List<Rule> violations = new AxeBuilder().withTags(WCAG_22_AA)
                        .setLegacyMode(true).disableIframeTesting()
                        .analyze(driver.getWebDriver())
                        .getViolations();
                if (!violations.isEmpty()) {
                    found.append("at ").append(size).append(":\n").append(describe(violations)).append('\n');
                }
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            letNotificationsClose();
            waitForVaadin();
        }
        assertThat(found.toString()).as(() -> "axe violations on " + driver.url() + ":\n" + found).isEmpty();
    }

    /**
     * Stops open notifications from closing while axe reads the page: one that starts fading out half-way through
     * the checks is read as faint text. Each keeps its own duration, given back afterwards.
     */
    private void holdNotificationsOpen() {
        ((JavascriptExecutor) driver.getWebDriver()).executeScript("""
                document.querySelectorAll('vaadin-notification').forEach(notification => {
                    if (notification.opened && notification.duration > 0) {
                        notification.dataset.heldDuration = notification.duration;
                        notification.duration = 0;
                    }
                });
                """);
    }

    private void letNotificationsClose() {
        ((JavascriptExecutor) driver.getWebDriver()).executeScript("""
                document.querySelectorAll('vaadin-notification[data-held-duration]').forEach(notification => {
                    notification.duration = Number(notification.dataset.heldDuration);
                    delete notification.dataset.heldDuration;
                });
                """);
    }

    /** Lays the page out at this size, as a window of it would, and waits until it has settled. */
    private void showAt(Viewport size) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width(),
                "height", size.height(), "deviceScaleFactor", 1, "mobile", false));
        ((JavascriptExecutor) driver.getWebDriver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => done()));
                """);
        waitForVaadin();
        waitForAnimations();
    }

    /**
     * Waits until nothing is half-way through an animation: axe reads the colours of a notification or dialog that
     * is still fading in (or moving to where a narrow window puts it) as faint text. Endless ones, spinners and
     * indeterminate progress bars, are left to run.
     */
    private void waitForAnimations() {
        new WebDriverWait(driver.getWebDriver(), Duration.ofSeconds(10)).until(web -> Boolean.TRUE.equals(
                ((JavascriptExecutor) web).executeScript("""
                        return document.getAnimations().every(animation => animation.playState !== 'running'
                            || animation.effect === null
                            || animation.effect.getComputedTiming().endTime === Infinity);
                        """)));
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
        chrome.quit();
    }

    /** Hands the browser to a later journey, clean, when this one passed; otherwise quits it. */
    void finish(boolean journeyPassed) {
        if (journeyPassed) {
            Chromes.giveBack(chrome, baseUrl);
        } else {
            chrome.quit();
        }
    }

    /** The check a test's end runs, before the browser closes. */
    void shouldHaveHadNoContentSecurityPolicyViolations() {
        if (driver.hasWebDriverStarted()) {
            shouldHaveNoContentSecurityPolicyViolations();
        }
    }

}
