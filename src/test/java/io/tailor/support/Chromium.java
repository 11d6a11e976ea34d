package io.tailor.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webjars.WebJarVersionLocator;

/**
 * Debian's headless Chromium through {@code /usr/bin/chromedriver}, named explicitly so Selenium Manager
 * never downloads a browser or driver. Without them the browser tests are skipped with a message saying
 * how to install them, or fail when {@code -Dbrowser.required=true} ({@code .ci/run}): a missing browser
 * is never a silent green.
 */
public final class Chromium implements AutoCloseable {

    public static final String INSTALL = "apt-get install -y chromium chromium-driver";
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final String baseUrl;

    private Chromium(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Skips the calling tests without Chromium, or fails them when {@code browser.required} is set. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException("browser.required is set but Chromium is missing: " + INSTALL);
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: Chromium is not installed; run " + INSTALL);
    }

    /** A browser for one test class; skipped (or failed, when required) without Chromium. */
    public static Chromium start(int port) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")
                .addArguments("--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), "http://127.0.0.1:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page on a fresh tab state: sessionStorage and localStorage of the origin cleared. */
    public void open(String path, Dimension size) {
        resize(size);
        driver.get(baseUrl + "/app/app.css");
        script("sessionStorage.clear(); localStorage.clear();");
        driver.get(baseUrl + path);
    }

    /** The phone is emulated (a 390×844 viewport, touch, mobile); the desktop is a plain window of that size. */
    public void resize(Dimension size) {
        if (size.equals(PHONE)) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", PHONE.width, "height", PHONE.height, "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(size);
        }
    }

    public WebElement waitFor(By locator) {
        return until(d -> d.findElements(locator).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        // a view re-renders after each call, so an element found a moment ago may be gone: look again
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves the viewport, or with {@code fullPage} the whole page, to target/screenshots/NAME.png. */
    public Path screenshot(String name, boolean fullPage) {
        Dimension before = driver.manage().window().getSize();
        if (fullPage) {
            long height = script("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(before.width, (int) height + 140));
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Console errors since the last call; a failed request for an expected 4xx is the page at work, not an error. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.matches("(?s).*the server responded with a status of 4\\d\\d.*"))
                .toList();
    }

    public void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("console errors").isEmpty();
    }

    /** The browser's time zone, as {@code Intl} reports it to the page, from now on. */
    public void timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** Takes the network away (or gives it back), as a phone losing its signal. */
    public void offline(boolean offline) {
        network(offline, 0);
    }

    /** Adds this much latency to every request (0: none), as a slow connection. */
    public void latency(int millis) {
        network(false, millis);
    }

    private void network(boolean offline, int latencyMillis) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", latencyMillis, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** axe-core (a test WebJar) run on the page: every violation, whatever its impact, by rule id. */
    public List<String> accessibilityViolations() {
        return violations().stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes"))
                .toList();
    }

    /** axe-core (a test WebJar) run on the page: the violations rated serious or critical, by rule id. */
    public List<String> seriousAccessibilityViolations() {
        return violations().stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes"))
                .toList();
    }

    private List<Map<String, Object>> violations() {
        script(axeSource());
        Map<String, Object> results = ((JavascriptExecutor) driver)
                                .executeAsyncScript(
                                        "const done = arguments[arguments.length - 1];"
                                                + " axe.run(document).then(r => done({violations: r.violations.map(v =>"
                                                + " ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))}));")
                        instanceof Map<?, ?> map
                ? castMap(map)
                : Map.of();
        return castList(results.get("violations"));
    }

    private static String axeSource() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try (InputStream axe = Chromium.class.getResourceAsStream("/" + path)) {
            assertThat(axe).as("the axe-core WebJar").isNotNull();
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chart value as the driver returns it (Long or Double), as a Double, or null for a gap. */
    public static Object number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
