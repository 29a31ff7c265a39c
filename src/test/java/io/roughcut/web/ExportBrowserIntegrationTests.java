package io.roughcut.web;

import static io.roughcut.web.BrowserTests.FILE_NAME;
import static io.roughcut.web.BrowserTests.PAGE;
import static io.roughcut.web.BrowserTests.PROCESSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.export.ExportFormat;
import io.roughcut.media.KeptRange;
import io.roughcut.media.SmartRenderer;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Exports in headless Chromium: the job page and the shared page offer a button per format of the registry,
 * each with a line on the editors it is for; Chromium's own WebVTT parser reads the markers through a
 * {@code <track>} on the review player, a cue at each accepted cut's times; and the review player plays the
 * smart-rendered cut video through to its end. The job page renders the cut video on the server, follows the
 * render and plays the result in a player of its own; the shared page offers the owner's render.
 */
class ExportBrowserIntegrationTests {

    /** A render of a few seconds of tiny video, with room for a machine busy with other work. */
    private static final java.time.Duration RENDERING = java.time.Duration.ofSeconds(90);

    @RegisterExtension
    static final BrowserTests app = new BrowserTests();

    @Test
    void exportButtonsAndTheBrowsersOwnWebVttParser() {
        try (Chromium owner = new Chromium(app.base())) {
            String jobId = uploadAndWait(owner, app.video());
            owner.waitFor(PAGE, d -> owner.findAll("#exports li").size() == ExportFormat.values().length);
            for (ExportFormat format : ExportFormat.cutListFormats()) {
                WebElement item = owner.find("#exports li[data-format='" + format.id() + "']");
                assertThat(item.findElement(By.tagName("a")).getAttribute("href"))
                        .endsWith("/api/export/" + jobId + "/" + format.id());
                assertThat(item.findElement(By.tagName("a")).getText()).isEqualTo("Download " + format.label());
                assertThat(item.findElement(By.className("lede")).getText()).isEqualTo(format.editors());
            }

            // Reject the first cut: the markers leave it out.
            WebElement first = owner.findAll("#cut-list li.cutrow").get(0);
            String rejected = first.getAttribute("data-id");
            first.findElement(By.cssSelector("button[data-action=reject]")).click();
            owner.waitFor(PAGE, d -> "rejected".equals(owner.find("#cut-list li[data-id='" + rejected + "']")
                    .getAttribute("data-decision")));
            JsonNode results = TestServer.JSON.readTree(owner.fetchText("/api/videos/" + jobId + "/results"));

            List<Map<String, Object>> cues = cuesOf(owner, "/api/export/" + jobId + "/vtt");

            List<JsonNode> accepted = results.path("segmentsToRemove").valueStream()
                    .filter(c -> c.path("decision").asString().equals("accepted")).toList();
            assertThat(cues).as("a cue per accepted cut").hasSize(accepted.size());
            for (int i = 0; i < accepted.size(); i++) {
                JsonNode cut = accepted.get(i);
                Map<String, Object> cue = cues.get(i);
                assertThat(cue.get("id")).isEqualTo(cut.path("id").asString());
                assertThat(((Number) cue.get("start")).doubleValue()).isCloseTo(cut.path("start").asDouble(), within(1e-6));
                assertThat(((Number) cue.get("end")).doubleValue()).isCloseTo(cut.path("end").asDouble(), within(1e-6));
                assertThat((String) cue.get("text")).startsWith("Pause: ").contains(cut.path("reason").asString());
            }
            assertThat(cues).noneMatch(c -> c.get("id").equals(rejected));
            assertThat(owner.scriptErrors()).as("script errors on the job page").isEmpty();
            owner.screenshot("job-exports-1280", 1280);

            owner.find("#create-share").click();
            owner.waitFor(PAGE, d -> owner.find("#share-link").isDisplayed());
            String shareLink = owner.find("#share-link").getAttribute("value");
            String token = shareLink.substring(shareLink.lastIndexOf('/') + 1);
            try (Chromium guest = new Chromium(app.base())) {
                guest.driver().get(shareLink);
                guest.waitFor(PROCESSING, d -> guest.find("#results").isDisplayed());
                guest.waitFor(PAGE, d -> guest.findAll("#exports li").size() == ExportFormat.values().length);
                assertThat(guest.find("#exports a[data-format=xmeml]").getAttribute("href"))
                        .endsWith("/api/shared/" + token + "/export/xmeml");
                assertThat(guest.find("#exports li[data-format=mlt] .lede").getText()).contains("Shotcut");
                assertThat(guest.fetchText("/api/shared/" + token + "/export/edl")).startsWith("TITLE: talk with pauses");
                assertThat(cuesOf(guest, "/api/shared/" + token + "/export/vtt")).hasSameSizeAs(cues);
                assertThat(guest.scriptErrors()).as("script errors on the shared page").isEmpty();
                BrowserTests.assertCleanText(guest);
                guest.screenshot("shared-exports-390", 390);
            }
        }
    }

    @Test
    void theReviewPlayerPlaysTheRenderedCutVideoToItsEnd() {
        Path cut = app.dir().resolve("talk with pauses, cut.mp4");
        var plan = new SmartRenderer(TestMedia.ffmpeg()).render(app.video(),
                List.of(new KeptRange(0, 2.2), new KeptRange(3.3, 6.2), new KeptRange(7.3, 10)), cut, p -> { });
        try (Chromium viewer = new Chromium(app.base())) {
            uploadAndWait(viewer, cut);
            viewer.waitFor(PAGE, d -> ((Number) viewer.script(
                    "return document.getElementById('preview').readyState;")).intValue() >= 1);
            double duration = ((Number) viewer.script("return document.getElementById('preview').duration;")).doubleValue();
            assertThat(duration).as("the player's duration").isCloseTo(plan.durationSeconds(), within(0.05));

            viewer.script("const v = document.getElementById('preview'); window.ended = false; window.playError = null;"
                    + " v.addEventListener('ended', () => window.ended = true); v.muted = true;"
                    + " v.currentTime = Math.max(0, v.duration - 3); v.play().catch(e => window.playError = String(e));");
            viewer.waitFor(PAGE, d -> Boolean.TRUE.equals(viewer.script("return window.ended;")));
            assertThat(viewer.script("return window.playError;")).isNull();
            assertThat(viewer.script("const e = document.getElementById('preview').error; return e && e.message;")).isNull();
            assertThat(((Number) viewer.script("return document.getElementById('preview').currentTime;")).doubleValue())
                    .isCloseTo(plan.durationSeconds(), within(0.1));
            assertThat(viewer.scriptErrors()).isEmpty();
        }
    }

    @Test
    void theJobPageRendersTheCutVideoAndPlaysItAndTheSharedPageOffersIt() {
        try (Chromium owner = new Chromium(app.base())) {
            String jobId = uploadAndWait(owner, app.video());
            owner.waitFor(PAGE, d -> owner.find("#render-start").isDisplayed());
            assertThat(owner.find("#render-download").isDisplayed()).as("nothing to download yet").isFalse();
            owner.find("#render-start").click();
            owner.waitFor(RENDERING, d -> "done".equals(mp4Item(owner).getAttribute("data-state")));
            JsonNode status = TestServer.JSON.readTree(owner.fetchText("/api/export/" + jobId + "/mp4/status"));
            double rendered = status.path("durationSeconds").asDouble();
            assertThat(rendered).as("two pauses cut from 10 s").isLessThan(9.5);
            assertThat(owner.find("#render-download").getAttribute("href")).endsWith("/api/export/" + jobId + "/mp4");
            assertThat(owner.find("#render-state").getText()).startsWith("Rendered: ");
            assertPlaysToItsEnd(owner, rendered);
            assertThat(owner.scriptErrors()).as("script errors on the job page").isEmpty();
            owner.screenshot("job-render-1280", 1280);

            owner.find("#create-share").click();
            owner.waitFor(PAGE, d -> owner.find("#share-link").isDisplayed());
            String shareLink = owner.find("#share-link").getAttribute("value");
            try (Chromium guest = new Chromium(app.base())) {
                guest.driver().get(shareLink);
                guest.waitFor(PROCESSING, d -> guest.find("#results").isDisplayed());
                guest.waitFor(PAGE, d -> "done".equals(mp4Item(guest).getAttribute("data-state")));
                assertThat(guest.find("#render-start").isDisplayed()).as("a guest starts no render").isFalse();
                assertPlaysToItsEnd(guest, rendered);
                assertThat(guest.scriptErrors()).as("script errors on the shared page").isEmpty();
                BrowserTests.assertCleanText(guest);
            }

            // A changed review makes the video out of date: the page offers to render it again.
            WebElement first = owner.findAll("#cut-list li.cutrow").get(0);
            first.findElement(By.cssSelector("button[data-action=reject]")).click();
            owner.waitFor(PAGE, d -> "none".equals(mp4Item(owner).getAttribute("data-state")));
            assertThat(owner.find("#render-start").isDisplayed()).isTrue();
            assertThat(owner.find("#render-player").isDisplayed()).as("the outdated video is not shown").isFalse();
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    private static WebElement mp4Item(Chromium browser) {
        return browser.find("#exports li[data-format=mp4]");
    }

    /** The page's player of the cut video has its length, and plays its last second through to the end. */
    private static void assertPlaysToItsEnd(Chromium browser, double duration) {
        browser.waitFor(PAGE, d -> ((Number) browser.script(
                "return document.getElementById('render-player').readyState;")).intValue() >= 1);
        assertThat(((Number) browser.script("return document.getElementById('render-player').duration;")).doubleValue())
                .as("the player's duration").isCloseTo(duration, within(0.05));
        browser.script("const v = document.getElementById('render-player'); window.renderEnded = false;"
                + " window.renderError = null; v.addEventListener('ended', () => window.renderEnded = true);"
                + " v.muted = true; v.currentTime = Math.max(0, v.duration - 1);"
                + " v.play().catch(e => window.renderError = String(e));");
        browser.waitFor(PAGE, d -> Boolean.TRUE.equals(browser.script("return window.renderEnded;")));
        assertThat(browser.script("return window.renderError;")).isNull();
        assertThat(browser.script("const e = document.getElementById('render-player').error; return e && e.message;"))
                .isNull();
    }

    /** Uploads through the home page and waits on the job page for the results; returns the job id. */
    private static String uploadAndWait(Chromium browser, Path video) {
        browser.open("/");
        browser.find("#file-input").sendKeys(video.toString());
        browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
        browser.find("#start-button").click();
        browser.waitFor(PAGE, d -> browser.path().startsWith("/jobs/"));
        String jobId = browser.path().substring("/jobs/".length());
        browser.waitFor(PROCESSING, d -> browser.find("#results").isDisplayed());
        assertThat(browser.find("#job-title").getText()).isIn(FILE_NAME, video.getFileName().toString());
        return jobId;
    }

    /**
     * Loads a WebVTT file into a {@code <track>} of the review player and returns the cues Chromium parsed:
     * id, start, end and text of each.
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cuesOf(Chromium browser, String url) {
        Object cues = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const video = document.getElementById('preview');
                const track = document.createElement('track');
                track.kind = 'metadata';
                track.src = arguments[0];
                track.addEventListener('load', () => done(Array.from(track.track.cues).map(c =>
                    ({id: c.id, start: c.startTime, end: c.endTime, text: c.text}))));
                track.addEventListener('error', () => done('the track did not load'));
                video.appendChild(track);
                track.track.mode = 'hidden';
                """, url);
        assertThat(cues).as("Chromium loaded the WebVTT file").isInstanceOf(List.class);
        return new ArrayList<>((List<Map<String, Object>>) cues);
    }
}
