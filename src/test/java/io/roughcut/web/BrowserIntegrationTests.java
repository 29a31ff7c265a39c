package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the UI in headless Chromium: upload through the page, watch the chunk grid
 * complete, reject a cut, export, and open the share link in a fresh browser profile. Screenshots of each
 * page (laptop and phone widths) go to {@code target/screenshots/}.
 */
class BrowserIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static TestServer server;
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = running.server();
        dir = running.dir();
        Files.createDirectories(SCREENSHOTS);
    }

    static WebDriver browser(String profile) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(dir.resolve(profile)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void uploadReviewExportAndShareThroughThePages() throws Exception {
        Path video = TestVideos.withOnePause(dir, 6);
        WebDriver browser = browser("first");
        try {
            // The page re-renders rows as events arrive, so an element found a moment ago may be gone.
            var wait = new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class);
            browser.get(server.url("/"));
            WebElement input = browser.findElement(By.id("file"));
            input.sendKeys(video.toAbsolutePath().toString());
            assertThat(browser.findElement(By.id("checks")).getText()).contains("Within the 5 GB limit", "ready as MP4");
            screenshot(browser, "home");
            browser.findElement(By.id("start")).click();

            wait.until(d -> d.getCurrentUrl().contains("/jobs/"));
            wait.until(d -> {
                List<WebElement> chunks = d.findElements(By.cssSelector("#chunks .chunk"));
                return !chunks.isEmpty() && chunks.stream().allMatch(c -> "complete".equals(c.getDomAttribute("data-status")));
            });
            wait.until(d -> !d.findElements(By.cssSelector("tr[data-cut] button.decision")).isEmpty());
            assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("complete");
            screenshot(browser, "job");
            ((JavascriptExecutor) browser).executeScript("document.querySelector('tr[data-cut]').scrollIntoView()");
            screenshot(browser, "job-cuts");

            String cutId = wait.until(d -> {
                WebElement row = d.findElement(By.cssSelector("tr[data-cut]"));
                String id = row.getDomAttribute("data-cut");
                row.findElement(By.cssSelector("button.decision")).click();
                return id;
            });
            wait.until(d -> d.findElement(By.cssSelector("tr[data-cut='" + cutId + "']")).getDomAttribute("class")
                    .contains("rejected"));
            String jobId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
            String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('/api/export/" + jobId + "/csv').then(r => r.text()).then(done);");
            assertThat(csv).isNotBlank().doesNotContain(cutId);
            assertThat(browser.findElements(By.cssSelector("#exports a"))).hasSize(3);

            assertThat(browser.findElement(By.id("unshare")).isDisplayed()).as("nothing to revoke yet").isFalse();
            browser.findElement(By.id("share")).click();
            wait.until(d -> !d.findElement(By.id("share-url")).getDomProperty("value").isEmpty());
            String shareUrl = browser.findElement(By.id("share-url")).getDomProperty("value");
            browser.manage().window().setSize(new Dimension(390, 844));
            screenshot(browser, "job-phone");

            WebDriver stranger = browser("fresh");
            try {
                stranger.get(shareUrl);
                new WebDriverWait(stranger, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                        .until(d -> !d.findElements(By.cssSelector("tr[data-cut]")).isEmpty());
                assertThat(stranger.findElements(By.cssSelector("button.decision"))).as("read-only").isEmpty();
                assertThat(stranger.findElement(By.cssSelector("tr[data-cut='" + cutId + "']")).getText()).contains("rejected");
                screenshot(stranger, "shared");
                stranger.get(server.url("/api/videos/" + jobId + "/status"));
                assertThat(stranger.getPageSource()).as("the job itself stays private").contains("not_found");
            } finally {
                stranger.quit();
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUploadInterruptedBeforeAReloadResumesFromTheServersOffset() throws Exception {
        Path video = TestVideos.withOnePause(Files.createDirectories(dir.resolve("resume")), 4);
        WebDriver browser = browser("resume");
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class);
            browser.get(server.url("/"));
            browser.findElement(By.id("file")).sendKeys(video.toAbsolutePath().toString());
            // What a tab that was closed mid-upload leaves behind: half the bytes on the server, the URL in localStorage.
            String location = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const file = document.getElementById('file').files[0];
                    const half = Math.floor(file.size / 2);
                    const created = await fetch('/api/uploads', { method: 'POST', headers: {
                        'Tus-Resumable': '1.0.0', 'Upload-Length': String(file.size),
                        'Upload-Metadata': 'filename ' + btoa(file.name) } });
                    const url = created.headers.get('Location');
                    await fetch(url, { method: 'PATCH', body: file.slice(0, half), headers: {
                        'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' } });
                    localStorage.setItem('roughcut.uploads', JSON.stringify({
                        [`${file.name}|${file.size}|${file.lastModified}`]: { url, name: file.name, size: file.size } }));
                    done(url);
                    """);
            browser.navigate().refresh();
            wait.until(d -> d.findElement(By.id("videos")).getText().contains("upload unfinished"));
            browser.findElement(By.id("file")).sendKeys(video.toAbsolutePath().toString());
            assertThat(browser.findElement(By.id("resume-note")).getText()).contains("will resume");
            browser.findElement(By.id("start")).click();
            wait.until(d -> d.getCurrentUrl().contains("/jobs/"));
            String jobId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
            String resumedJob = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' } })"
                            + ".then(r => done(r.headers.get('Roughcut-Job-Id')));", location);
            assertThat(resumedJob).as("the page finished the upload it had started").isEqualTo(jobId);
            String stored = server.bean(io.roughcut.storage.BlobStore.class).size("uploads/" + jobId + "/original")
                    .orElseThrow() + "";
            assertThat(stored).isEqualTo(Files.size(video) + "");
        } finally {
            browser.quit();
        }
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
