package io.roughcut.web;

import static io.roughcut.web.BrowserTests.FILE_NAME;
import static io.roughcut.web.BrowserTests.PAGE;
import static io.roughcut.web.BrowserTests.PROCESSING;
import static io.roughcut.web.BrowserTests.assertCleanText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Reviewing in headless Chromium against the real app on a random port: upload a generated talk through
 * the home page, watch its five chunks wait and then finish live over SSE, reject a cut, filter, play
 * around a cut, export without the cut, share it, open the link in a second browser that has no session
 * (which sees the same cut list, read-only, with its exports), and revoke it. Screenshots of the home, job
 * and shared pages at 1280 and 390 px go to target/screenshots/.
 */
class ReviewBrowserIntegrationTests {

    @RegisterExtension
    static final BrowserTests app = new BrowserTests();

    @Test
    void uploadWatchRejectExportAndShare() throws IOException {
        try (Chromium owner = new Chromium(app.base())) {
            owner.open("/");
            owner.waitFor(PAGE, d -> owner.find("#videos-empty").isDisplayed());
            owner.screenshot("home-empty-1280", 1280);

            owner.find("#file-input").sendKeys(app.video().toString());
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
            // The workspace is the page now: the progress is gone and the chunk grid folded, one click away.
            assertThat(owner.find("#progress-box").isDisplayed()).isFalse();
            assertThat(owner.find("#overall-bar").getAttribute("aria-valuenow")).isEqualTo("100");
            assertThat(owner.find("#chunk-grid").isDisplayed()).isFalse();
            owner.find("#chunks-card summary").click();
            assertThat(owner.find("#count-complete").getText()).isEqualTo("5");
            assertThat(owner.find("#count-failed").getText()).isEqualTo("0");
            assertThat(owner.find("#job-state").getText()).isEqualTo("Complete");
            assertThat(owner.find("#job-meta").getText()).as("an MP4 is used as it is").doesNotContain("MP4 (")
                    .doesNotContain("converted");

            List<WebElement> cuts = owner.findAll("#cut-list li.cutrow");
            assertThat(cuts).as("the two pauses are proposed as cuts").hasSizeGreaterThanOrEqualTo(2);
            assertThat(owner.findAll("#timeline .cut")).hasSameSizeAs(cuts);
            assertThat(owner.find(".legend").getText()).contains("Pause");

            // Reject the first cut; the choice is saved, and the timeline and the remaining length follow it.
            WebElement first = cuts.get(0);
            String rejectedId = first.getAttribute("data-id");
            String cutsBefore = owner.find("#remaining").getText();
            first.findElement(By.cssSelector("button[data-action=reject]")).click();
            owner.waitFor(PAGE, d -> "rejected".equals(owner.find("#cut-list li[data-id='" + rejectedId + "']")
                    .getAttribute("data-decision")));
            owner.waitFor(PAGE, d -> "saved".equals(owner.find("#save-state").getAttribute("data-state")));
            assertThat(owner.find("#timeline .cut[data-id='" + rejectedId + "']").getAttribute("class")).contains("rejected");
            assertThat(owner.find("#remaining").getText()).isNotEqualTo(cutsBefore)
                    .contains((cuts.size() - 1) + " of " + cuts.size() + " cuts");
            owner.find("#summary-box summary").click();
            assertThat(owner.find("#summary").getText()).contains("of " + cuts.size());

            // The decision is on the server. The CSV leaves the cut out; the JSON keeps it, marked, out of the summary.
            JsonNode results = TestServer.JSON.readTree(owner.fetchText("/api/videos/" + jobId + "/results"));
            assertThat(decisionOf(results, rejectedId)).isEqualTo("rejected");
            String csv = owner.fetchText("/api/export/" + jobId + "/csv");
            assertThat(csv).startsWith("id,").doesNotContain(rejectedId);
            assertThat(csv.strip().lines().count()).as("a header and one line per kept cut").isEqualTo(cuts.size());
            JsonNode exported = TestServer.JSON.readTree(owner.fetchText("/api/export/" + jobId + "/json"));
            assertThat(decisionOf(exported, rejectedId)).isEqualTo("rejected");
            assertThat(exported.path("summary").path("cutCount").asInt()).isEqualTo(cuts.size() - 1);
            owner.waitFor(PAGE, d -> !owner.findAll("#exports a[data-format=edl]").isEmpty());
            assertThat(owner.find("#exports a[data-format=edl]").getAttribute("href")).endsWith("/api/export/" + jobId + "/edl");

            // The confidence filter hides cuts below the threshold.
            owner.script("const s = document.getElementById('confidence'); s.value = '100';"
                    + " s.dispatchEvent(new Event('input'));");
            assertThat(owner.find("#cuts-shown").getText()).startsWith("Showing ").endsWith("of " + cuts.size() + " cuts");
            owner.script("const s = document.getElementById('confidence'); s.value = '0';"
                    + " s.dispatchEvent(new Event('input'));");
            assertThat(owner.find("#cuts-shown").getText()).isEqualTo("Showing " + cuts.size() + " of " + cuts.size() + " cuts");

            // "Play around this cut" plays from 2 s before the cut to 2 s after it, then stops.
            WebElement second = owner.findAll("#cut-list li.cutrow").get(1);
            double secondStart = startOf(results, second.getAttribute("data-id"));
            double secondEnd = endOf(results, second.getAttribute("data-id"));
            owner.script("const v = document.getElementById('preview'); window.seeks = [];"
                    + " v.addEventListener('seeked', () => window.seeks.push(v.currentTime));");
            second.findElement(By.cssSelector("button[data-action=around]")).click();
            owner.waitFor(PAGE, d -> seekedTo(owner, secondStart - 2));
            owner.waitFor(PAGE, d -> (Boolean) owner.script("return document.getElementById('preview').paused;"));
            // It stops at the first time update past the end (a quarter second apart at most, more on a busy machine).
            assertThat(currentTime(owner)).isBetween(Math.min(secondEnd + 2, 10.0) - 0.05, secondEnd + 3);
            assertThat(seekedTo(owner, secondEnd)).isFalse();

            // Previewing the edit jumps over accepted cuts as the video plays.
            owner.find("#skip-cuts").click();
            second.findElement(By.cssSelector("button[data-action=around]")).click();
            owner.waitFor(PAGE, d -> seekedTo(owner, secondEnd));
            owner.find("#skip-cuts").click();

            owner.find("#create-share").click();
            owner.waitFor(PAGE, d -> owner.find("#share-link").isDisplayed());
            String shareLink = owner.find("#share-link").getAttribute("value");
            assertThat(shareLink).startsWith(app.base() + "/s/");

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
            try (Chromium guest = new Chromium(app.base())) {
                guest.driver().get(shareLink);
                guest.waitFor(PROCESSING, d -> guest.find("#results").isDisplayed());
                assertThat(guest.find("#shared-title").getText()).isEqualTo(FILE_NAME);
                assertThat(guest.findAll("#cut-list li.cutrow")).hasSizeGreaterThanOrEqualTo(2);
                assertThat(guest.find("#cut-list li[data-id='" + rejectedId + "']").getAttribute("data-decision"))
                        .isEqualTo("rejected");
                assertThat(guest.findAll("button[data-action=reject], button[data-action=accept]")).isEmpty();
                assertThat(guest.findAll("#create-share, #delete-job")).isEmpty();
                assertThat(guest.find("#exports a[data-format=csv]").getAttribute("href")).contains("/api/shared/")
                        .endsWith("/export/csv");
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


    private static String decisionOf(JsonNode result, String id) {
        return result.path("segmentsToRemove").valueStream().filter(s -> s.path("id").asString().equals(id))
                .findFirst().orElseThrow().path("decision").asString();
    }

    private static double currentTime(Chromium browser) {
        return ((Number) browser.script("return document.getElementById('preview').currentTime;")).doubleValue();
    }

    /** Whether the player was sent to about {@code seconds} since the test started recording its seeks. */
    private static boolean seekedTo(Chromium browser, double seconds) {
        List<?> seeks = (List<?>) browser.script("return window.seeks;");
        return seeks.stream().anyMatch(t -> Math.abs(((Number) t).doubleValue() - Math.max(0, seconds)) < 0.1);
    }

    private static double endOf(JsonNode result, String id) {
        return result.path("segmentsToRemove").valueStream().filter(s -> s.path("id").asString().equals(id))
                .findFirst().orElseThrow().path("end").asDouble();
    }

    private static double startOf(JsonNode result, String id) {
        return result.path("segmentsToRemove").valueStream().filter(s -> s.path("id").asString().equals(id))
                .findFirst().orElseThrow().path("start").asDouble();
    }
}
