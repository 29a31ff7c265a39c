package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The progress a person watches, with the real pipeline: a video of one chunk that needs converting moves
 * through many values on its way to 100 %, never back, with an estimate of the time left on the way.
 */
class ProgressBrowserIntegrationTests {

    private static final Duration PAGE = Duration.ofSeconds(20);
    private static final Duration PROCESSING = Duration.ofMinutes(4);

    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.gemini.api-key=");

    @Test
    void aOneChunkJobMovesThroughManyValuesNeverBackAndSaysHowLongIsLeft() {
        // An AVI is converted to H.264, the costliest stage, which the bar follows by FFmpeg's own clock.
        // Big enough to take several seconds on two cores, small enough to stay one chunk.
        Path avi = TestMedia.generate(running.dir().resolve("lecture.avi"),
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=60",
                "-f", "lavfi", "-i", "aevalsrc='if(between(mod(t,10),6,8),0,0.3*sin(2*PI*200*t))':s=16000:d=60",
                "-c:v", "mpeg4", "-q:v", "4", "-c:a", "pcm_s16le", "-shortest", "-y");
        try (Chromium browser = new Chromium("http://127.0.0.1:" + running.server().port())) {
            // Samples what the tab and the page say, from the first moment of every page.
            browser.onEveryPage("""
                    window.__percents = [];
                    window.__etas = [];
                    setInterval(() => {
                      const m = /^(\\d+) % · /.exec(document.title);
                      if (m && window.__percents.at(-1) !== Number(m[1])) window.__percents.push(Number(m[1]));
                      const eta = document.getElementById('eta');
                      if (eta && eta.textContent) window.__etas.push(eta.textContent);
                    }, 50);
                    """);
            browser.open("/");
            browser.find("#file-input").sendKeys(avi.toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            browser.find("#start-button").click();
            browser.waitFor(PAGE, d -> browser.path().startsWith("/jobs/"));
            browser.waitFor(PROCESSING, d -> browser.find("#results").isDisplayed());

            @SuppressWarnings("unchecked")
            List<Long> percents = (List<Long>) browser.script("return window.__percents;");
            assertThat(percents).as("the percents the tab showed").isSorted();
            assertThat(percents.stream().filter(p -> p > 0 && p < 100).distinct().count())
                    .as("distinct values between 0 and 100 in " + percents).isGreaterThanOrEqualTo(4);
            assertThat(percents.stream().filter(p -> p >= 50 && p < 100).count())
                    .as("the second half is reached while it works, not only at the end: " + percents).isPositive();
            @SuppressWarnings("unchecked")
            List<String> etas = (List<String>) browser.script("return window.__etas;");
            assertThat(etas).as("an estimate of the time left was shown on the way").isNotEmpty()
                    .allMatch(e -> e.matches("about .+ left"));
            assertThat(browser.driver().getTitle()).isEqualTo("Done · lecture.avi · Roughcut");
            assertThat(browser.find("#job-state").getText()).isEqualTo("Complete");
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }
}
