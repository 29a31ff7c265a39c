package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The web UI in headless Chromium against the real app on a random port: upload a generated video through
 * the home page, watch its chunks finish, reject a cut, export without it, share it, and open the share
 * link in a second browser that has no session. Screenshots of each page go to target/screenshots/.
 */
class ReviewBrowserIntegrationTests {

    private static final Duration PROCESSING = Duration.ofMinutes(4);
    private static final Duration PAGE = Duration.ofSeconds(20);
    private static final String FILE_NAME = "talk with pauses.mp4";

    @TempDir
    static Path dir;
    static TestServer server;
    static Path video;

    @BeforeAll
    static void start() {
        // 2 s chunks (TestServer's default) give a 10 s video a grid of five.
        server = TestServer.start(dir.resolve("data"), GatedAnalyzer.SOURCE);
        // 10 s of test picture with a tone that stops twice (2.0-3.5 s and 6.0-7.5 s): two clear pauses.
        video = TestMedia.generate(dir.resolve(FILE_NAME),
                "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=10",
                "-f", "lavfi", "-i", "aevalsrc='if(between(t,2,3.5)+between(t,6,7.5),0,0.4*sin(2*PI*220*t))':s=48000:d=10",
                "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "96k", "-shortest", "-y");
    }

    @AfterEach
    void openTheGate() {
        GatedAnalyzer.failChunk(-1);
        GatedAnalyzer.failProfile(false);
        GatedAnalyzer.open();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void uploadWatchRejectExportAndShare() throws IOException {
        try (Chromium owner = new Chromium(base())) {
            owner.open("/");
            owner.waitFor(PAGE, d -> owner.find("#videos-empty").isDisplayed());
            owner.screenshot("home-empty-1280", 1280);

            owner.find("#file-input").sendKeys(video.toString());
            owner.waitFor(PAGE, d -> owner.find("#file-panel").isDisplayed());
            assertThat(owner.find("#file-name").getText()).isEqualTo(FILE_NAME);
            assertThat(owner.find("#file-badges").getText()).contains("~1 chunk").doesNotContain("Needs conversion");
            owner.screenshot("home-file-chosen-390", 390);
            GatedAnalyzer.close();
            owner.find("#start-button").click();

            owner.waitFor(PAGE, d -> owner.path().startsWith("/jobs/"));
            String jobId = owner.path().substring("/jobs/".length());
            assertThat(owner.find("#job-link").getAttribute("value")).endsWith("/jobs/" + jobId);
            assertThat(owner.find("#job-title").getText()).isEqualTo(FILE_NAME);

            // While the analysis waits at the gate, the page shows five chunks that are not done.
            owner.waitFor(PROCESSING, d -> owner.findAll("#chunk-grid li.chunk").size() == 5
                    && !owner.findAll("#chunk-grid li[data-status=processing]").isEmpty());
            assertThat(owner.find("#count-complete").getText()).isEqualTo("0");
            assertThat(owner.find("#close-note").getText()).contains("You can close this window");
            assertThat(owner.find("#chunk-grid li.chunk").getAttribute("aria-label")).startsWith("Chunk 1, ");
            owner.screenshot("job-processing-1280", 1280);
            owner.screenshot("job-processing-390", 390);

            // Then, without a reload, the grid follows the server over SSE to complete, and the results appear.
            GatedAnalyzer.open();
            owner.waitFor(PROCESSING, d -> owner.findAll("#chunk-grid li.chunk").stream()
                    .allMatch(li -> "complete".equals(li.getAttribute("data-status"))));
            owner.waitFor(PROCESSING, d -> owner.find("#results").isDisplayed());
            assertThat(owner.find("#live-state").getAttribute("data-mode")).isEqualTo("live");
            assertThat(owner.find("#close-note").isDisplayed()).isFalse();
            assertThat(owner.find("#count-complete").getText()).isEqualTo("5");
            assertThat(owner.find("#count-failed").getText()).isEqualTo("0");
            assertThat(owner.find("#job-state").getText()).isEqualTo("Complete");
            assertThat(owner.find("#overall-percent").getText()).isEqualTo("100 %");
            assertThat(owner.find("#job-meta").getText()).as("an MP4 is used as it is").doesNotContain("MP4 (")
                    .doesNotContain("converted");

            List<WebElement> cuts = owner.findAll("#cut-list li.cutrow");
            assertThat(cuts).as("the two pauses are proposed as cuts").hasSizeGreaterThanOrEqualTo(2);
            assertThat(owner.findAll("#timeline .cut")).hasSameSizeAs(cuts);
            assertThat(owner.find(".legend").getText()).contains("Pause");

            // Reject the first cut; the choice is saved, and the timeline and summary follow it.
            WebElement first = cuts.get(0);
            String rejectedId = first.getAttribute("data-id");
            String cutsBefore = owner.find("#summary").getText();
            first.findElement(By.cssSelector("button[data-action=reject]")).click();
            owner.waitFor(PAGE, d -> "rejected".equals(owner.find("#cut-list li[data-id='" + rejectedId + "']")
                    .getAttribute("data-decision")));
            assertThat(owner.find("#timeline .cut[data-id='" + rejectedId + "']").getAttribute("class")).contains("rejected");
            assertThat(owner.find("#summary").getText()).isNotEqualTo(cutsBefore).contains("of " + cuts.size());

            // The decision is on the server. The CSV leaves the cut out; the JSON keeps it, marked, out of the summary.
            JsonNode results = TestServer.JSON.readTree(owner.fetchText("/api/videos/" + jobId + "/results"));
            assertThat(decisionOf(results, rejectedId)).isEqualTo("rejected");
            String csv = owner.fetchText("/api/export/" + jobId + "/csv");
            assertThat(csv).startsWith("id,").doesNotContain(rejectedId);
            assertThat(csv.strip().lines().count()).as("a header and one line per kept cut").isEqualTo(cuts.size());
            JsonNode exported = TestServer.JSON.readTree(owner.fetchText("/api/export/" + jobId + "/json"));
            assertThat(decisionOf(exported, rejectedId)).isEqualTo("rejected");
            assertThat(exported.path("summary").path("cutCount").asInt()).isEqualTo(cuts.size() - 1);
            assertThat(owner.find("#exports a[data-format=edl]").getAttribute("href")).endsWith("/api/export/" + jobId + "/edl");

            // The confidence filter hides cuts below the threshold.
            owner.script("const s = document.getElementById('confidence'); s.value = '100';"
                    + " s.dispatchEvent(new Event('input'));");
            assertThat(owner.find("#cuts-shown").getText()).startsWith("Showing ").endsWith("of " + cuts.size() + " cuts");
            owner.script("const s = document.getElementById('confidence'); s.value = '0';"
                    + " s.dispatchEvent(new Event('input'));");
            assertThat(owner.find("#cuts-shown").getText()).isEqualTo("Showing " + cuts.size() + " of " + cuts.size() + " cuts");

            // "Play around this cut" puts the player 2 s before the cut.
            WebElement second = owner.findAll("#cut-list li.cutrow").get(1);
            double secondStart = startOf(results, second.getAttribute("data-id"));
            second.findElement(By.cssSelector("button[data-action=around]")).click();
            owner.waitFor(PAGE, d -> {
                Object t = owner.script("return document.getElementById('preview').currentTime;");
                return t instanceof Number n && n.doubleValue() >= Math.max(0, secondStart - 2.05);
            });

            owner.find("#create-share").click();
            owner.waitFor(PAGE, d -> owner.find("#share-link").isDisplayed());
            String shareLink = owner.find("#share-link").getAttribute("value");
            assertThat(shareLink).startsWith(base() + "/s/");

            assertThat(owner.scriptErrors()).as("script errors on the job page").isEmpty();
            assertCleanText(owner);
            owner.screenshot("job-1280", 1280);
            owner.screenshot("job-390", 390);

            // Home lists the job with its state.
            owner.open("/");
            owner.waitFor(PAGE, d -> !owner.findAll("#video-list li").isEmpty());
            assertThat(owner.find("#video-list").getText()).contains(FILE_NAME).contains("Complete");
            assertThat(owner.find("#video-list a").getAttribute("href")).endsWith("/jobs/" + jobId);
            assertThat(owner.scriptErrors()).as("script errors on the home page").isEmpty();
            assertCleanText(owner);
            owner.screenshot("home-1280", 1280);
            owner.screenshot("home-390", 390);

            // A fresh profile has no session: the link alone shows the results, read-only.
            try (Chromium guest = new Chromium(base())) {
                guest.driver().get(shareLink);
                guest.waitFor(PROCESSING, d -> guest.find("#results").isDisplayed());
                assertThat(guest.find("#shared-title").getText()).isEqualTo(FILE_NAME);
                assertThat(guest.findAll("#cut-list li.cutrow")).hasSizeGreaterThanOrEqualTo(2);
                assertThat(guest.find("#cut-list li[data-id='" + rejectedId + "']").getAttribute("data-decision"))
                        .isEqualTo("rejected");
                assertThat(guest.findAll("button[data-action=reject], button[data-action=accept]")).isEmpty();
                assertThat(guest.findAll("#exports, #create-share, #delete-job")).isEmpty();
                assertThat(guest.scriptErrors()).as("script errors on the shared page").isEmpty();
                assertCleanText(guest);
                guest.screenshot("shared-1280", 1280);
                guest.screenshot("shared-390", 390);
                assertThat(guest.fetchText("/api/videos/" + jobId + "/status")).as("the job itself stays private")
                        .isEqualTo("HTTP 404");

                // The owner stops sharing; the link stops working.
                owner.open("/jobs/" + jobId);
                owner.waitFor(PAGE, d -> owner.findAll("#revoke-share").stream().anyMatch(WebElement::isDisplayed));
                owner.find("#revoke-share").click();
                owner.waitFor(PAGE, d -> owner.find("#create-share").isDisplayed());
                guest.driver().navigate().refresh();
                guest.waitFor(PAGE, d -> guest.find("#shared-error").isDisplayed());
                assertThat(guest.find("#shared-error").getText()).contains("does not work any more");
                assertThat(guest.find("#results").isDisplayed()).isFalse();
            }
        }
    }

    @Test
    void resumesAnUploadAfterTheTabWasClosedAndFollowsAPartlyFailedJobWithoutSse() throws Exception {
        try (Chromium browser = new Chromium(base())) {
            browser.withoutEventSource();
            browser.open("/");
            browser.find("#file-input").sendKeys(video.toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            assertThat(browser.find("#resume-note").isDisplayed()).isFalse();
            // The page's own tus client sends the first 256 KiB and stops, as if the tab had been closed.
            Object stopped = browser.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/js/tus.js').then(({TusUpload}) => {
                      const file = document.getElementById('file-input').files[0];
                      const upload = new TusUpload(file, {sliceBytes: 256 * 1024,
                        onProgress: (sent) => { if (sent >= 256 * 1024) upload.aborted = true; }});
                      upload.start().then(() => done('finished'), (e) => done(e.code));
                    });
                    """);
            assertThat(stopped).isEqualTo("aborted");

            browser.open("/");
            // After the reload the page remembers the unfinished upload and how far it got.
            browser.waitFor(PAGE, d -> browser.find("#pending-uploads").isDisplayed());
            assertThat(browser.find("#pending-list").getText()).contains(FILE_NAME).contains("256.0 KB of ");
            browser.find("#file-input").sendKeys(video.toString());
            browser.waitFor(PAGE, d -> browser.find("#resume-note").isDisplayed());
            assertThat(browser.find("#start-button").getText()).isEqualTo("Resume upload");
            browser.screenshot("home-resume-390", 390);
            // Remember what the upload label said, across the navigation to the job page.
            browser.script("""
                    new MutationObserver(() => sessionStorage.setItem('labels',
                        (sessionStorage.getItem('labels') || '') + '|' + document.getElementById('upload-label').textContent))
                      .observe(document.getElementById('upload-label'), {childList: true, characterData: true, subtree: true});
                    """);
            GatedAnalyzer.close();
            GatedAnalyzer.failChunk(4);
            browser.find("#start-button").click();
            browser.waitFor(PAGE, d -> browser.path().startsWith("/jobs/"));
            assertThat((String) browser.script("return sessionStorage.getItem('labels');")).contains("Resuming at 256.0 KB");
            // Without EventSource the page polls: it still sees the chunks wait and then finish.
            browser.waitFor(PROCESSING, d -> !browser.findAll("#chunk-grid li[data-status=processing]").isEmpty());
            assertThat(browser.find("#live-state").getAttribute("data-mode")).isEqualTo("polling");
            GatedAnalyzer.open();
            assertThat((Long) browser.script("return Object.keys(localStorage).filter(k => k.startsWith('roughcut.upload:')).length;"))
                    .as("a finished upload is forgotten").isZero();
            browser.waitFor(PROCESSING, d -> browser.find("#results").isDisplayed());
            String jobId = browser.path().substring("/jobs/".length());
            // The last chunk failed every try: the job is partial, and the page says which chunk and why.
            assertThat(browser.find("#job-state").getText()).isEqualTo("Partly complete");
            assertThat(browser.find("#count-failed").getText()).isEqualTo("1");
            assertThat(browser.find("#chunk-grid li[data-index='4']").getAttribute("data-status")).isEqualTo("failed");
            assertThat(browser.find("#failed-chunks").getText()).contains("Chunk 5").contains(GatedAnalyzer.FAULT);
            assertThat(browser.scriptErrors()).isEmpty();
            assertCleanText(browser);
            browser.screenshot("job-partial-390", 390);
            JsonNode status = TestServer.JSON.readTree(browser.fetchText("/api/videos/" + jobId + "/status"));
            assertThat(status.path("fileSize").asLong()).isEqualTo(video.toFile().length());
            assertThat(status.path("status").asString()).isEqualTo("partial");
            assertThat(browser.findAll("#cut-list li.cutrow")).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void checksTheFileBeforeUploading(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a video");
        Path huge = dir.resolve("huge.mov");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024 * 1024 + 1); // sparse: nothing is written, the browser only reads the size
        }
        Path mkv = dir.resolve("lecture.mkv");
        try (RandomAccessFile f = new RandomAccessFile(mkv.toFile(), "rw")) {
            f.setLength(1000L * 1024 * 1024); // 1000 MiB: three chunks of at most 475 MiB
        }
        try (Chromium browser = new Chromium(base())) {
            browser.open("/");
            browser.find("#file-input").sendKeys(text.toString());
            browser.waitFor(PAGE, d -> browser.find("#upload-error").isDisplayed());
            assertThat(browser.find("#upload-error").getText()).contains("“.txt” files are not supported");
            assertThat(browser.find("#file-panel").isDisplayed()).isFalse();

            browser.find("#file-input").sendKeys(huge.toString());
            browser.waitFor(PAGE, d -> browser.find("#upload-error").getText().contains("over the 5 GB limit"));
            assertThat(browser.find("#file-panel").isDisplayed()).isFalse();

            browser.find("#file-input").sendKeys(mkv.toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            assertThat(browser.find("#upload-error").isDisplayed()).isFalse();
            assertThat(browser.find("#file-badges").getText()).contains("Needs conversion").contains("~3 chunks");
            assertThat(browser.find("#conversion-note").isDisplayed()).isTrue();
            assertThat(browser.scriptErrors()).isEmpty();
            assertCleanText(browser);
        }
    }

    @Test
    void aJobThatFailsSaysWhyOnItsPage() {
        try (Chromium browser = new Chromium(base())) {
            GatedAnalyzer.failProfile(true);
            browser.open("/");
            browser.find("#file-input").sendKeys(video.toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            browser.find("#start-button").click();
            browser.waitFor(PAGE, d -> browser.path().startsWith("/jobs/"));
            browser.waitFor(PROCESSING, d -> browser.find("#job-error").isDisplayed());
            assertThat(browser.find("#job-state").getText()).isEqualTo("Failed");
            assertThat(browser.find("#job-error").getText()).contains(GatedAnalyzer.PROFILE_FAULT);
            assertThat(browser.find("#results").isDisplayed()).isFalse();
            assertThat(browser.find("#close-note").isDisplayed()).isFalse();
            assertThat(browser.scriptErrors()).isEmpty();
            assertCleanText(browser);
        }
    }

    @Test
    void showsTheServersReasonWhenItRefusesAFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.mp4"), "this is not a video ".repeat(100));
        try (Chromium browser = new Chromium(base())) {
            browser.open("/");
            browser.find("#file-input").sendKeys(broken.toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            browser.find("#start-button").click();
            browser.waitFor(PAGE, d -> browser.find("#upload-error").isDisplayed());
            // The server's own message, not the page's fallback for a bare status code.
            assertThat(browser.find("#upload-error").getText()).startsWith("The upload failed: ")
                    .doesNotContain("HTTP").doesNotContain("This file type is not supported");
            assertThat(browser.path()).isEqualTo("/");
            // The file can be chosen again, and a refused upload is not offered for resuming.
            assertThat(browser.find("#file-panel").isDisplayed()).isTrue();
            assertThat(browser.find("#resume-note").isDisplayed()).isFalse();
            assertThat(browser.find("#start-button").getText()).isEqualTo("Start processing");
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }

    private static void assertCleanText(Chromium browser) {
        assertThat(browser.visibleText()).doesNotContainPattern("\\b(null|undefined|NaN)\\b");
    }

    private static String decisionOf(JsonNode result, String id) {
        return result.path("segmentsToRemove").valueStream().filter(s -> s.path("id").asString().equals(id))
                .findFirst().orElseThrow().path("decision").asString();
    }

    private static double startOf(JsonNode result, String id) {
        return result.path("segmentsToRemove").valueStream().filter(s -> s.path("id").asString().equals(id))
                .findFirst().orElseThrow().path("start").asDouble();
    }
}
