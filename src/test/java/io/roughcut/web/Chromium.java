package io.roughcut.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium with a fresh profile of its own, driven through /usr/bin/chromedriver.
 * Records uncaught script errors of every page it opens, and takes full-page screenshots. Not thread-safe;
 * close it to end the browser and delete its profile.
 */
final class Chromium implements AutoCloseable {

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final File BROWSER = new File("/usr/bin/chromium");
    /** Collects errors from the first line of every document, before the page's modules run. */
    private static final String ERROR_COLLECTOR = """
            window.__roughcutErrors = [];
            addEventListener('error', e => window.__roughcutErrors.push(String(e.message || e.type)));
            addEventListener('unhandledrejection', e => window.__roughcutErrors.push('unhandled: ' + (e.reason && e.reason.stack || e.reason)));
            """;

    private final Path profile;
    private final ChromeDriver driver;
    private final String baseUrl;

    Chromium(String baseUrl) {
        if (!DRIVER.canExecute() || !BROWSER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        // Never let Selenium Manager go looking for drivers on the network.
        System.setProperty("SE_OFFLINE", "true");
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("roughcut-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_COLLECTOR));
    }

    /** From the next page on, the browser has no EventSource, as behind a proxy that breaks streams. */
    void withoutEventSource() {
        onEveryPage("delete window.EventSource; window.EventSource = undefined;");
    }

    /** Runs {@code source} first in every document from the next page on, before the page's own scripts. */
    void onEveryPage(String source) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /** The app's pages may show notifications, as if the person had allowed them when the page asked. */
    void allowNotifications() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", baseUrl,
                "permissions", List.of("notifications")));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits for the condition; on timeout, fails with what the page showed, to say why. */
    <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        try {
            // A page that re-renders replaces elements between finding one and reading it: look again.
            return new WebDriverWait(driver, timeout, Duration.ofMillis(200))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        try {
                            return condition.apply(d);
                        } catch (org.openqa.selenium.WebDriverException e) {
                            // ChromeDriver sometimes reports a replaced element as an inspector error instead.
                            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                                return null;
                            }
                            throw e;
                        }
                    });
        } catch (TimeoutException e) {
            String text = visibleText();
            throw new AssertionError("waited " + timeout + " in vain on " + driver.getCurrentUrl() + "; script errors "
                    + scriptErrors() + "; the page showed:\n" + text.substring(0, Math.min(text.length(), 3000)), e);
        }
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an async script: its last argument is the callback to call with the answer. */
    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Fetches a path in the page's own session and returns the body text ("HTTP nnn" on failure). */
    String fetchText(String path) {
        return (String) asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done, e => done('failed: ' + e));
                """, path);
    }

    /** What the page shows as text, to catch "null", "undefined" or "NaN" leaking into it. */
    String visibleText() {
        return (String) script("return document.body.innerText;");
    }

    /** The uncaught script errors of the current page so far. */
    @SuppressWarnings("unchecked")
    List<String> scriptErrors() {
        Object errors = script("return window.__roughcutErrors || [];");
        return (List<String>) errors;
    }

    /** Saves a screenshot of the whole page, laid out at {@code width} CSS pixels, as target/screenshots/name.png. */
    Path screenshot(String name, int width) {
        Dimension before = driver.manage().window().getSize();
        try {
            metrics(width, 900);
            long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
            metrics(width, Math.min(height, 12000));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(before);
        }
    }

    private void metrics(int width, long height) throws InterruptedException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        Thread.sleep(300); // lets the layout settle after the resize; not a test assertion
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
