package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the browser tests share, as a JUnit extension: {@code @RegisterExtension static final BrowserTests app
 * = new BrowserTests();} starts the app with an analysis that {@link GatedAnalyzer} lets a test hold back or
 * break (reset after each test), and generates a talk with two pauses. Also the page checks they share.
 */
final class BrowserTests implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final Duration PROCESSING = Duration.ofMinutes(4);
    static final Duration PAGE = Duration.ofSeconds(20);
    static final String FILE_NAME = "talk with pauses.mp4";

    private final RunningServer running = new RunningServer(GatedAnalyzer.SOURCE, "roughcut.gemini.api-key=");
    private Path video;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        running.beforeAll(context);
        // 10 s of test picture with a tone that stops twice (2.0-3.5 s and 6.0-7.5 s): two clear pauses.
        // With the test server's 2 s chunks that is a grid of five.
        video = TestMedia.generate(running.dir().resolve(FILE_NAME),
                "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=10",
                "-f", "lavfi", "-i", "aevalsrc='if(between(t,2,3.5)+between(t,6,7.5),0,0.4*sin(2*PI*220*t))':s=48000:d=10",
                "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "96k", "-shortest", "-y");
    }

    /** Lets analyses run again and stops injected faults, whatever the test did. */
    @Override
    public void afterEach(ExtensionContext context) {
        GatedAnalyzer.failChunk(-1);
        GatedAnalyzer.failProfile(false);
        GatedAnalyzer.open();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        running.afterAll(context);
    }

    String base() {
        return "http://127.0.0.1:" + running.server().port();
    }

    /** The generated talk, named {@link #FILE_NAME}. */
    Path video() {
        return video;
    }

    /** A scratch directory for other files a test makes. */
    Path dir() {
        return running.dir();
    }

    /** No "null", "undefined" or "NaN" leaked into what the page shows. */
    static void assertCleanText(Chromium browser) {
        assertThat(browser.visibleText()).doesNotContainPattern("\\b(null|undefined|NaN)\\b");
    }
}
