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
 * smart-rendered cut video through to its end.
 */
class ExportBrowserIntegrationTests {

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
