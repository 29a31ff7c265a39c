package io.roughcut.web;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Cookie;
import tools.jackson.databind.JsonNode;

/**
 * A finished job to review, as a JUnit extension: the app on a random port, a generated ten-minute talk at
 * 15 fps with a pause every 7 s (so zoom matters: a 1.6 s cut is 2 pixels wide on the whole video), a black
 * stretch and dead air at the start, uploaded and analysed in one session that browsers can join.
 */
final class TalkWorkspace implements BeforeAllCallback, AfterAllCallback {

    static final Duration PAGE = Duration.ofSeconds(20);
    static final int FPS = 15;
    static final double DURATION = 600;

    private final RunningServer running = new RunningServer("roughcut.gemini.api-key=",
            "roughcut.pipeline.max-chunk-seconds=300", "roughcut.rate.requests-per-minute=2000");
    private String session;
    private String jobId;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        running.beforeAll(context);
        // Speech is a 180 Hz tone that swells and fades; a pause of 2 s every 7 s, over a faint room noise
        // (digital silence would also read as audio dropouts); 1.5 s of dead air first; black from 100 s.
        // A small picture keeps generating and analysing it to a few seconds.
        Path talk = TestMedia.generate(running.dir().resolve("ten minute talk.mp4"),
                "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=" + FPS + ":duration=" + DURATION,
                "-f", "lavfi", "-i", "aevalsrc='0.002*(2*random(0)-1)+if(lt(t,1.5)+gte(mod(t,7),5),0,"
                        + "0.3*sin(2*PI*180*t)*(0.55+0.45*sin(2*PI*0.7*t)))':s=8000:d=" + DURATION,
                "-vf", "drawbox=c=black:t=fill:enable='between(t,100,101.5)'",
                "-c:v", "libx264", "-preset", "ultrafast", "-crf", "35", "-g", Integer.toString(5 * FPS), "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "24k", "-shortest", "-y");
        TestServer server = running.server();
        session = server.newSession();
        jobId = server.upload(session, talk);
        JsonNode status = server.awaitFinished(session, jobId, Duration.ofMinutes(3));
        if (!status.path("status").asString().equals("complete")) {
            throw new AssertionError("the talk did not analyse: " + status);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        running.afterAll(context);
    }

    String base() {
        return "http://127.0.0.1:" + running.server().port();
    }

    TestServer server() {
        return running.server();
    }

    String jobId() {
        return jobId;
    }

    String session() {
        return session;
    }

    /** A browser in the session that owns the job. */
    Chromium owner() {
        Chromium browser = new Chromium(base());
        browser.open("/favicon.ico");
        browser.driver().manage().addCookie(new Cookie.Builder(CurrentSession.COOKIE, session).path("/")
                .isHttpOnly(true).build());
        return browser;
    }

    /** The job's result as the server has it now. */
    JsonNode results() throws Exception {
        return server().getJson(session, "/api/videos/" + jobId + "/results");
    }

    /** Opens the job's page and waits for the workspace with its waveform. */
    static void openWorkspace(Chromium browser, String path) {
        browser.open(path);
        browser.waitFor(PAGE, d -> browser.findAll("#workspace").stream().anyMatch(e -> e.isDisplayed())
                && "loaded".equals(browser.find("#timeline-view").getAttribute("data-waveform")));
    }
}
