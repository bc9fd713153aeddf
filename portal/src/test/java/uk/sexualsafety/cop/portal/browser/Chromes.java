package uk.sexualsafety.cop.portal.browser;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The headless Chromiums of a test JVM. Starting one costs about two seconds, and a run opens nearly a hundred, so a
 * journey's browsers are handed to the next journey once they hold nothing of it: a new tab (fresh session storage),
 * no cookies in the whole browser, and the portal's local storage, caches and service workers cleared. A browser
 * whose journey failed is never reused.
 */
final class Chromes {

    /** As many as the journey with the most people holds at once. */
    private static final int MOST_KEPT = 4;

    private static final Logger LOG = LoggerFactory.getLogger(Chromes.class);

    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Chromes::quitAll, "test-browsers-quit"));
    }

    private Chromes() {
    }

    static ChromeDriver take() {
        ChromeDriver idle;
        while ((idle = nextIdle()) != null) {
            if (answers(idle)) {
                return idle;
            }
            quitDead(idle);
        }
        return started();
    }

    private static synchronized ChromeDriver nextIdle() {
        return IDLE.pollFirst();
    }

    /** A browser that died while it waited (its renderer crashed, say) is replaced, not handed out. */
    private static boolean answers(ChromeDriver chrome) {
        try {
            chrome.getWindowHandle();
            return true;
        } catch (WebDriverException e) {
            LOG.warn("A waiting test browser no longer answers, so a new one starts", e);
            return false;
        }
    }

    /** Takes the browser back for another journey, or quits it if it cannot be made clean. */
    static void giveBack(ChromeDriver chrome, String portalAddress) {
        try {
            clear(chrome, portalAddress);
        } catch (RuntimeException e) {
            // The journey passed; only this browser's reuse is lost, so it is quit and said, not failed.
            LOG.warn("A test browser could not be cleared for reuse, so it is quit", e);
            chrome.quit();
            return;
        }
        synchronized (Chromes.class) {
            if (IDLE.size() < MOST_KEPT) {
                IDLE.addFirst(chrome);
                return;
            }
        }
        chrome.quit();
    }

    private static void quitDead(ChromeDriver chrome) {
        try {
            chrome.quit();
        } catch (WebDriverException e) {
            // Already gone: its driver process is stopped all the same.
            LOG.debug("A dead test browser did not quit cleanly", e);
        }
    }

    private static void clear(ChromeDriver chrome, String portalAddress) {
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin(portalAddress),
                "storageTypes", "all"));
        String used = chrome.getWindowHandle();
        chrome.switchTo().newWindow(WindowType.TAB);
        String fresh = chrome.getWindowHandle();
        for (String handle : chrome.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                chrome.switchTo().window(handle).close();
            }
        }
        chrome.switchTo().window(fresh);
        if (chrome.getWindowHandles().contains(used)) {
            throw new IllegalStateException("the journey's tab did not close");
        }
    }

    private static String origin(String address) {
        URI uri = URI.create(address);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static ChromeDriver started() {
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
        return new ChromeDriver(service, options);
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("portal-browser-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void quitAll() {
        IDLE.forEach(ChromeDriver::quit);
        IDLE.clear();
    }
}
