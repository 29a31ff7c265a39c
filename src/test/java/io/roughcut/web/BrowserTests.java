package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the browser tests share: a generated talk with two pauses, a reset of the analysis that
 * {@link GatedAnalyzer} lets a test hold back or break, and page checks. Stateless apart from the gate.
 */
final class BrowserTests {

    static final Duration PROCESSING = Duration.ofMinutes(4);
    static final Duration PAGE = Duration.ofSeconds(20);
    static final String FILE_NAME = "talk with pauses.mp4";

    private BrowserTests() {
    }

    /** 10 s of test picture with a tone that stops twice (2.0-3.5 s and 6.0-7.5 s): two clear pauses. */
    static Path talkWithPauses(Path dir) {
        return TestMedia.generate(dir.resolve(FILE_NAME),
                "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=10",
                "-f", "lavfi", "-i", "aevalsrc='if(between(t,2,3.5)+between(t,6,7.5),0,0.4*sin(2*PI*220*t))':s=48000:d=10",
                "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "96k", "-shortest", "-y");
    }

    static String base(TestServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** Lets analyses run again and stops injected faults, whatever the last test did. */
    static void resetAnalysis() {
        GatedAnalyzer.failChunk(-1);
        GatedAnalyzer.failProfile(false);
        GatedAnalyzer.open();
    }

    /** No "null", "undefined" or "NaN" leaked into what the page shows. */
    static void assertCleanText(Chromium browser) {
        assertThat(browser.visibleText()).doesNotContainPattern("\\b(null|undefined|NaN)\\b");
    }
}
