package io.roughcut.web;

import static io.roughcut.web.BrowserTests.assertCleanText;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Analysing a finished job again with other settings, in headless Chromium: a talk uploaded from the home page
 * with a margin of its own, one long and one short pause rejected, then analysed again with a longer shortest
 * pause from the job page. The short pauses are gone, the long ones stay, and the long pause keeps its
 * rejection although its id changed; nothing was uploaded again.
 */
class ReanalysisBrowserIntegrationTests {

    static final Duration PAGE = Duration.ofSeconds(20);
    static final Duration ANALYSIS = Duration.ofMinutes(2);

    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.gemini.api-key=",
            "roughcut.pipeline.max-chunk-seconds=20", "roughcut.rate.requests-per-minute=2000");

    @Test
    void aLongerShortestPauseFindsFewerCutsAndKeepsTheDecisionOnTheCutThatStillExists() throws Exception {
        // A minute of talk: every 10 s a pause of 1.2 s (at 3 s) and one of 2.5 s (at 7 s), over faint room noise.
        Path talk = TestMedia.generate(running.dir().resolve("pauses.mp4"),
                "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=15:duration=60",
                "-f", "lavfi", "-i", "aevalsrc='0.002*(2*random(0)-1)+if(between(mod(t,10),3,4.2)+between(mod(t,10),7,9.5),"
                        + "0,0.3*sin(2*PI*180*t))':s=8000:d=60",
                "-c:v", "libx264", "-preset", "ultrafast", "-crf", "35", "-g", "75", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "24k", "-shortest", "-y");
        TestServer server = running.server();
        try (Chromium owner = new Chromium("http://127.0.0.1:" + server.port())) {
            owner.open("/");
            owner.find("#file-input").sendKeys(talk.toString());
            owner.waitFor(PAGE, d -> owner.find("#file-panel").isDisplayed());
            owner.find("#settings summary").click();
            owner.waitFor(PAGE, d -> owner.find("#min-pause-hint").getText().contains("Default 1 s"));
            assertThat(owner.find("#min-pause").getAttribute("value")).isEqualTo("1");
            owner.find("#margin").clear();
            owner.find("#margin").sendKeys("0.15");
            owner.find("#start-button").click();
            owner.waitFor(PAGE, d -> owner.path().startsWith("/jobs/"));
            String jobId = owner.path().substring("/jobs/".length());
            owner.waitFor(ANALYSIS, d -> owner.find("#results").isDisplayed());
            assertThat(owner.find("#job-settings").getText())
                    .isEqualTo("Shortest pause 1 s · margin 0.15 s · picture checks auto");

            List<WebElement> before = pauseRows(owner);
            assertThat(before).as("twelve pauses").hasSize(12);
            WebElement longPause = rowAround(owner, 18);
            WebElement shortPause = rowAround(owner, 23.6);
            String longId = longPause.getAttribute("data-id");
            longPause.findElement(By.cssSelector("button[data-action=reject]")).click();
            shortPause.findElement(By.cssSelector("button[data-action=reject]")).click();
            owner.waitFor(PAGE, d -> "saved".equals(owner.find("#save-state").getAttribute("data-state")));

            owner.find("#reanalyse summary").click();
            assertThat(owner.find("#again-min-pause").getAttribute("value")).isEqualTo("1");
            assertThat(owner.find("#again-margin").getAttribute("value")).isEqualTo("0.15");
            owner.find("#again-min-pause").clear();
            owner.find("#again-min-pause").sendKeys("2");
            owner.find("#reanalyse-start").click();
            owner.waitFor(PAGE, d -> owner.find("#job-settings").getText().startsWith("Shortest pause 2 s"));
            owner.waitFor(ANALYSIS, d -> owner.find("#results").isDisplayed());

            assertThat(owner.find("#job-settings").getText())
                    .isEqualTo("Shortest pause 2 s · margin 0.15 s · picture checks auto");
            assertThat(pauseRows(owner)).as("only the long pauses").hasSize(6);
            WebElement kept = rowAround(owner, 18);
            assertThat(kept.getAttribute("data-id")).as("renumbered: the short pauses before it are gone")
                    .isNotEqualTo(longId);
            assertThat(kept.getAttribute("data-decision")).isEqualTo("rejected");
            JsonNode results = TestServer.JSON.readTree(owner.fetchText("/api/videos/" + jobId + "/results"));
            assertThat(results.path("segmentsToRemove").valueStream()
                    .filter(c -> c.path("decision").asString().equals("rejected")).count())
                    .as("the short pause's rejection went with it").isEqualTo(1);
            assertThat(results.path("segmentsToRemove").valueStream()
                    .filter(c -> c.path("category").asString().equals("pause")).count()).isEqualTo(6);
            String log = owner.fetchText("/api/videos/" + jobId + "/logs");
            assertThat(log).contains("Analysing again: shortest pause 2.0 s", "on 1 cut(s) were kept; 1 cut(s)");
            assertThat(server.bean(JdbcClient.class).sql("SELECT attempts FROM tasks WHERE job_id = ? AND type = 'PREPARE'")
                    .param(UUID.fromString(jobId)).query(Integer.class).single()).as("not prepared again").isEqualTo(1);
            assertThat(owner.scriptErrors()).isEmpty();
            assertCleanText(owner);
            owner.screenshot("job-reanalysed-1280", 1280);
        }
    }

    private static List<WebElement> pauseRows(Chromium browser) {
        return browser.findAll("#cut-list li.cutrow").stream().filter(r -> r.getText().contains("Pause")).toList();
    }

    /** The row of the cut that spans {@code seconds}, by the times it shows. */
    private static WebElement rowAround(Chromium browser, double seconds) {
        for (WebElement row : pauseRows(browser)) {
            String[] times = row.findElement(By.cssSelector(".when time")).getText().split(" → ");
            if (clock(times[0]) <= seconds && clock(times[1]) >= seconds) {
                return row;
            }
        }
        throw new AssertionError("no pause spans " + seconds + " s");
    }

    private static double clock(String text) {
        String[] parts = text.trim().split(":");
        return Integer.parseInt(parts[0]) * 60 + Double.parseDouble(parts[1]);
    }
}
