package io.roughcut.web;

import static io.roughcut.web.BrowserTests.FILE_NAME;
import static io.roughcut.web.BrowserTests.PAGE;
import static io.roughcut.web.BrowserTests.PROCESSING;
import static io.roughcut.web.BrowserTests.assertCleanText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Uploading and following a job in headless Chromium: resuming after the tab was closed, following a job by
 * polling when the browser has no EventSource, a partly failed and a failed job, the checks made before a
 * byte is sent, a file the server refuses, and addresses that lead nowhere.
 */
class UploadBrowserIntegrationTests {

    @RegisterExtension
    static final BrowserTests app = new BrowserTests();

    @Test
    void resumesAnUploadAfterTheTabWasClosedAndFollowsAPartlyFailedJobWithoutSse() throws Exception {
        try (Chromium browser = new Chromium(app.base())) {
            browser.withoutEventSource();
            browser.open("/");
            browser.find("#file-input").sendKeys(app.video().toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            assertThat(browser.find("#resume-note").isDisplayed()).isFalse();
            assertThat(browser.find("#analyzer-choice").isDisplayed()).as("no Gemini key: local only, no choice").isFalse();
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
            browser.find("#file-input").sendKeys(app.video().toString());
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
            browser.find("#chunks-card summary").click();
            assertThat(browser.find("#count-failed").getText()).isEqualTo("1");
            assertThat(browser.find("#chunk-grid li[data-index='4']").getAttribute("data-status")).isEqualTo("failed");
            assertThat(browser.find("#failed-chunks").getText()).contains("Chunk 5").contains(GatedAnalyzer.FAULT);
            // The processing log, opened on demand, tells the same story.
            browser.find("#log-box summary").click();
            browser.waitFor(PAGE, d -> browser.find("#log").getText().contains("Chunk 5: "));
            assertThat(browser.find("#log").getText()).contains(GatedAnalyzer.FAULT);
            assertThat(browser.scriptErrors()).isEmpty();
            assertCleanText(browser);
            browser.screenshot("job-partial-390", 390);
            JsonNode status = TestServer.JSON.readTree(browser.fetchText("/api/videos/" + jobId + "/status"));
            assertThat(status.path("fileSize").asLong()).isEqualTo(app.video().toFile().length());
            assertThat(status.path("status").asString()).isEqualTo("partial");
            assertThat(browser.findAll("#cut-list li.cutrow")).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theTabShowsTheProgressAndThePageNotifiesWhenDoneOnlyAfterAClick() {
        try (Chromium browser = new Chromium(app.base())) {
            browser.allowNotifications();
            // Counts what the page asks of the Notification API, and what it shows.
            browser.onEveryPage("""
                    window.__asked = 0;
                    window.__notes = [];
                    const Real = window.Notification;
                    window.Notification = class extends Real {
                      static requestPermission() { window.__asked++; return Real.requestPermission(); }
                      constructor(title, options) { super(title, options); window.__notes.push(title + ' | ' + options.body); }
                    };
                    """);
            GatedAnalyzer.close();
            browser.open("/");
            browser.find("#file-input").sendKeys(app.video().toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            browser.find("#start-button").click();
            browser.waitFor(PAGE, d -> browser.path().startsWith("/jobs/"));
            browser.waitFor(PROCESSING, d -> !browser.findAll("#chunk-grid li[data-status=processing]").isEmpty()
                    && browser.find("#notify").isDisplayed());
            assertThat(browser.driver().getTitle()).matches("\\d{1,2} % · " + FILE_NAME + " · Roughcut");
            assertThat((Long) browser.script("return window.__asked;")).as("not asked before the click").isZero();

            browser.find("#notify").click();
            browser.waitFor(PAGE, d -> browser.find("#notify").getText().equals("You will be told when it is done"));
            assertThat((Long) browser.script("return window.__asked;")).isEqualTo(1);
            assertThat((java.util.List<Object>) browser.script("return window.__notes;")).as("nothing before it is done").isEmpty();
            GatedAnalyzer.open();
            browser.waitFor(PROCESSING, d -> browser.find("#results").isDisplayed());

            assertThat(browser.driver().getTitle()).isEqualTo("Done · " + FILE_NAME + " · Roughcut");
            assertThat((java.util.List<Object>) browser.script("return window.__notes;"))
                    .containsExactly(FILE_NAME + ": Complete | The cuts are ready to review.");
            assertThat(browser.find("#notify").isDisplayed()).isFalse();
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }

    @Test
    void checksTheFileBeforeUploading() throws IOException {
        Path text = Files.writeString(app.dir().resolve("notes.txt"), "not a video");
        Path huge = app.dir().resolve("huge.mov");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024 * 1024 + 1); // sparse: nothing is written, the browser only reads the size
        }
        Path mkv = app.dir().resolve("lecture.mkv");
        try (RandomAccessFile f = new RandomAccessFile(mkv.toFile(), "rw")) {
            f.setLength(1000L * 1024 * 1024); // 1000 MiB: three chunks of at most 475 MiB
        }
        try (Chromium browser = new Chromium(app.base())) {
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
        try (Chromium browser = new Chromium(app.base())) {
            GatedAnalyzer.failProfile(true);
            browser.open("/");
            browser.find("#file-input").sendKeys(app.video().toString());
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
    void aJobOrShareLinkThatDoesNotExistSaysSo() {
        try (Chromium browser = new Chromium(app.base())) {
            browser.open("/jobs/00000000-0000-4000-8000-000000000000");
            browser.waitFor(PAGE, d -> browser.find("#job-error").isDisplayed());
            assertThat(browser.find("#job-error").getText()).contains("was not found");
            browser.open("/s/no-such-link");
            browser.waitFor(PAGE, d -> browser.find("#shared-error").isDisplayed());
            assertThat(browser.find("#shared-error").getText()).contains("does not work any more");
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }

    @Test
    void showsTheServersReasonWhenItRefusesAFile() throws IOException {
        Path broken = Files.writeString(app.dir().resolve("broken.mp4"), "this is not a video ".repeat(100));
        try (Chromium browser = new Chromium(app.base())) {
            browser.open("/");
            browser.find("#file-input").sendKeys(broken.toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            browser.find("#start-button").click();
            browser.waitFor(PAGE, d -> browser.find("#upload-error").isDisplayed());
            // The server's own message, not the page's fallback for a bare status code.
            assertThat(browser.find("#upload-error").getText()).startsWith("The upload failed: broken.mp4 ")
                    .doesNotContain("HTTP").doesNotContain("This file type is not supported");
            assertThat(browser.path()).isEqualTo("/");
            // The file can be chosen again, and a refused upload is not offered for resuming.
            assertThat(browser.find("#file-panel").isDisplayed()).isTrue();
            assertThat(browser.find("#resume-note").isDisplayed()).isFalse();
            assertThat(browser.find("#start-button").getText()).isEqualTo("Start processing");
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }
}
