package io.roughcut.web;

import static io.roughcut.web.BrowserTests.PAGE;
import static io.roughcut.web.BrowserTests.PROCESSING;
import static io.roughcut.web.BrowserTests.assertCleanText;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * With a Gemini key configured (pointing at the fake Gemini) the home page offers the analysers, and a job
 * uploaded with {@code gemini} chosen shows its cuts' source, tokens and cost.
 */
class GeminiBrowserIntegrationTests {

    static final String KEY = "browser-test-key";
    static final FakeGeminiServer fake = FakeGeminiServer.start(KEY);

    @RegisterExtension
    static final RunningServer running = new RunningServer(GeminiJobsIntegrationTests.withFakeGemini(fake, KEY));

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @Test
    void theHomePageOffersTheAnalysersAndAGeminiJobShowsTokensAndCost() throws Exception {
        Path video = GeminiJobsIntegrationTests.talk(running.dir().resolve("gemini talk.mp4"));
        try (Chromium browser = new Chromium("http://127.0.0.1:" + running.server().port())) {
            browser.open("/");
            browser.find("#file-input").sendKeys(video.toString());
            browser.waitFor(PAGE, d -> browser.find("#file-panel").isDisplayed());
            browser.waitFor(PAGE, d -> browser.find("#analyzer-choice").isDisplayed());
            List<WebElement> options = browser.findAll("input[name=analyzer]");
            assertThat(options).extracting(o -> o.getAttribute("value")).containsExactly("local", "gemini", "hybrid");
            assertThat(browser.find("input[name=analyzer][value=local]").isSelected()).as("the default").isTrue();
            assertThat(browser.find("#analyzer-choice").getText()).contains("Gemini", "Billed per token", "$");
            browser.find("input[name=analyzer][value=gemini]").click();
            // The browser reads the file's duration, so the estimate is for this video rather than per hour.
            browser.waitFor(PAGE, d -> browser.find("#analyzer-choice").getText().contains("for this video"));
            browser.screenshot("home-analyzer-choice", 1024);

            browser.find("#start-button").click();
            browser.waitFor(PAGE, d -> browser.path().startsWith("/jobs/"));
            browser.waitFor(PROCESSING, d -> browser.find("#results").isDisplayed());
            String jobId = browser.path().substring("/jobs/".length());
            JsonNode results = TestServer.JSON.readTree(browser.fetchText("/api/videos/" + jobId + "/results"));
            assertThat(results.path("processing").path("analyzer").asString()).isEqualTo("gemini");
            JsonNode usage = results.path("processing").path("usage");

            // The summary and the chunks are folded under the workspace, one click away.
            browser.find("#summary-box summary").click();
            browser.find("#chunks-card summary").click();
            String summary = browser.find("#summary").getText();
            assertThat(summary).contains("Model tokens", "Cost", "$");
            long tokens = usage.path("videoTokens").asLong() + usage.path("audioTokens").asLong()
                    + usage.path("textTokens").asLong() + usage.path("outputTokens").asLong()
                    + usage.path("thinkingTokens").asLong();
            assertThat(tokens).isPositive();
            assertThat(summary.replace(",", "")).contains(Long.toString(tokens));
            assertThat(browser.visibleText()).contains("analysed by gemini");
            assertThat(browser.find("#chunks-note").getText()).contains("short enough for Gemini");
            assertThat(browser.findAll("#chunk-grid li")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(browser.findAll("#cut-list li.cutrow")).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getText()).contains("Found by gemini"));
            assertThat(browser.scriptErrors()).isEmpty();
            assertCleanText(browser);
            browser.screenshot("job-gemini", 1024);
        }
    }
}
