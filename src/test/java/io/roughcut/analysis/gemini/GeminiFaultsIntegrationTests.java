package io.roughcut.analysis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer.Op;
import io.roughcut.analysis.gemini.fake.Fault;
import io.roughcut.analysis.gemini.fake.TalkVideo;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fault of issue 4, scripted on the fake Gemini; the analyser's waits are recorded, not slept. */
class GeminiFaultsIntegrationTests {

    @TempDir
    static Path dir;

    private static ChunkInput chunk;

    private FakeGeminiServer fake;
    private GeminiTestSupport.RecordedPauses pauses;

    @BeforeAll
    static void media() {
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 4, new double[] {1.5, 2.5});
        chunk = TalkVideo.chunks(video, dir, 0, 4).getFirst();
    }

    @BeforeEach
    void startFake() {
        fake = FakeGeminiServer.start(GeminiTestSupport.KEY);
        pauses = new GeminiTestSupport.RecordedPauses();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private ChunkAnalysis analyze(GeminiSettings settings) {
        try (GeminiAnalyzer analyzer = new GeminiAnalyzer(settings, pauses)) {
            return analyzer.analyze(chunk);
        }
    }

    private ChunkAnalysis analyze() {
        return analyze(GeminiTestSupport.settings(fake));
    }

    @Test
    void rateLimitWaitsForTheRetryDelayTheBodyAsksFor() {
        fake.script(Op.GENERATE, Fault.rateLimited("0.2s"), Fault.rateLimited("0.35s"));

        ChunkAnalysis result = analyze();

        assertThat(result.segments()).hasSize(1);
        assertThat(pauses.retryWaits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(350));
        assertThat(fake.generateRequests()).hasSize(3);
    }

    @Test
    void rateLimitDelayIsCapped() {
        fake.script(Op.GENERATE, Fault.rateLimited("3600s"));

        analyze();

        assertThat(pauses.retryWaits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsBackOffExponentiallyWithJitter() {
        fake.script(Op.GENERATE, Fault.overloaded(), Fault.error(500, "INTERNAL", "oops"),
                Fault.error(504, "DEADLINE_EXCEEDED", "late"));

        ChunkAnalysis result = analyze();

        assertThat(result.segments()).hasSize(1);
        assertThat(pauses.retryWaits()).hasSize(3);
        assertThat(pauses.retryWaits().get(0)).isBetween(Duration.ofMillis(20), Duration.ofMillis(40));
        assertThat(pauses.retryWaits().get(1)).isBetween(Duration.ofMillis(40), Duration.ofMillis(80));
        assertThat(pauses.retryWaits().get(2)).isBetween(Duration.ofMillis(80), Duration.ofMillis(160));
    }

    @Test
    void retriesAreBoundedAndTheFileIsDeletedAnyway() {
        fake.script(Op.GENERATE, Fault.overloaded(), Fault.overloaded(), Fault.overloaded(), Fault.overloaded());

        assertThatThrownBy(() -> analyze(GeminiTestSupport.settings(fake).toBuilder().retryAttempts(3).build()))
                .isInstanceOf(AnalysisException.class).isNotInstanceOf(GeminiConfigurationException.class)
                .hasMessageContaining("after 3 attempts").hasMessageContaining("503");
        assertThat(fake.generateRequests()).hasSize(3);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void ioErrorsAreRetried() {
        fake.script(Op.UPLOAD_PIECE, Fault.dropConnection());
        // A dropped GET may be retried by the HTTP client itself (GET is idempotent); either way it must pass.
        fake.script(Op.GET_FILE, Fault.dropConnection());

        ChunkAnalysis result = analyze();

        assertThat(result.segments()).hasSize(1);
        assertThat(pauses.retryWaits()).isNotEmpty();
        assertThat(fake.uploads()).isEqualTo(1);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void droppedGenerateConnectionIsRetried() {
        fake.script(Op.GENERATE, Fault.dropConnection());

        assertThat(analyze().segments()).hasSize(1);
        assertThat(fake.generateRequests()).hasSize(2);
        assertThat(pauses.retryWaits()).hasSize(1);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void generationTimeoutAsksForTheChunkToBeSplit() {
        fake.script(Op.GENERATE, Fault.stall(Duration.ofSeconds(3)));
        GeminiSettings quick = GeminiTestSupport.settings(fake).toBuilder().generationTimeout(Duration.ofMillis(500)).build();

        assertThatThrownBy(() -> analyze(quick)).isInstanceOf(ChunkTooLongException.class)
                .hasMessageContaining("split");
        assertThat(fake.generateRequests()).hasSize(1);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void aSlowAnswerWithinTheGenerationTimeoutIsAwaited() {
        // Longer than OkHttp's default 10 s read timeout, which the SDK keeps for a custom HTTP client.
        fake.script(Op.GENERATE, Fault.stall(Duration.ofMillis(10_500)));

        assertThat(analyze().segments()).hasSize(1);
        assertThat(pauses.retryWaits()).isEmpty();
    }

    @Test
    void maxTokensAsksForTheChunkToBeSplit() {
        fake.script(Op.GENERATE, Fault.finish("MAX_TOKENS"));

        assertThatThrownBy(this::analyze).isInstanceOf(ChunkTooLongException.class).hasMessageContaining("output tokens");
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void truncatedJsonAsksForTheChunkToBeSplit() {
        fake.script(Op.GENERATE, Fault.truncatedAnswer());

        assertThatThrownBy(this::analyze).isInstanceOf(ChunkTooLongException.class);
        assertThat(fake.generateRequests()).hasSize(1);
    }

    @Test
    void anAnswerThatIsNotJsonIsAFailedAttempt() {
        fake.script(Op.GENERATE, Fault.answer("Sure! Here are the cuts you asked for."), Fault.answer(""));

        assertThat(analyze().segments()).hasSize(1);
        assertThat(fake.generateRequests()).hasSize(3);
    }

    @Test
    void aFailedUploadIsUploadedOnceMore() {
        fake.failProcessing(1);

        assertThat(analyze().segments()).hasSize(1);
        assertThat(fake.uploads()).isEqualTo(2);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void anUploadThatFailsTwiceFailsTheChunk() {
        fake.failProcessing(2);

        assertThatThrownBy(this::analyze).isInstanceOf(AnalysisException.class).hasMessageContaining("two uploads");
        assertThat(fake.uploads()).isEqualTo(2);
        assertThat(fake.generateRequests()).isEmpty();
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void processingThatNeverEndsIsBounded() {
        fake.processingPolls(1_000_000);
        GeminiSettings quick = GeminiTestSupport.settings(fake).toBuilder().processingTimeout(Duration.ofMillis(20)).build();

        assertThatThrownBy(() -> analyze(quick)).isInstanceOf(AnalysisException.class)
                .hasMessageContaining("still processing");
        assertThat(pauses.waits).hasSize(20);
        assertThat(fake.storedFiles()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION"})
    void blockedContentFailsTheChunkWithItsReasonAndNoRetry(String reason) {
        fake.script(Op.GENERATE, Fault.finish(reason));

        assertThatThrownBy(this::analyze).isInstanceOf(AnalysisException.class)
                .isNotInstanceOf(ChunkTooLongException.class).hasMessageContaining(reason);
        assertThat(fake.generateRequests()).hasSize(1);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void aBadKeyFailsFastSayingWhatToSet() {
        GeminiSettings wrongKey = GeminiTestSupport.settings(fake).toBuilder().apiKey("not-the-key").build();

        assertThatThrownBy(() -> analyze(wrongKey)).isInstanceOf(GeminiConfigurationException.class)
                .hasMessageContaining("GEMINI_API_KEY");
        assertThat(pauses.waits).isEmpty();
    }

    @Test
    void aBadKeyAtGenerateFailsFastToo() {
        fake.script(Op.GENERATE, Fault.badKey());

        assertThatThrownBy(this::analyze).isInstanceOf(GeminiConfigurationException.class)
                .hasMessageContaining("GEMINI_API_KEY");
        assertThat(fake.generateRequests()).hasSize(1);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void anUnknownModelFailsFastNamingTheSetting() {
        GeminiSettings retired = GeminiTestSupport.settings(fake).toBuilder().model("gemini-1.5-pro").build();

        assertThatThrownBy(() -> analyze(retired)).isInstanceOf(GeminiConfigurationException.class)
                .hasMessageContaining("gemini-1.5-pro").hasMessageContaining("GEMINI_MODEL");
        assertThat(fake.generateRequests()).hasSize(1);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void aFileUsedBeforeItIsActiveIsRefusedAsGeminiDoes() {
        fake.processingPolls(1_000);
        GeminiSettings settings = GeminiTestSupport.settings(fake);
        GeminiFile processing = new GeminiFiles(settings.baseUrl(), GeminiTestSupport.KEY, Duration.ofSeconds(10))
                .upload(chunk.file(), "early");

        try (GeminiGenerator generator = new GeminiGenerator(settings)) {
            assertThatThrownBy(() -> generator.generate(processing, "prompt", GeminiPrompt.responseSchema()))
                    .isInstanceOfSatisfying(GeminiCallException.class, e -> {
                        assertThat(e.httpCode()).isEqualTo(400);
                        assertThat(e.status()).isEqualTo("FAILED_PRECONDITION");
                    });
        }
    }

    @Test
    void noKeyAtAllFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> GeminiAnalyzer.fromSettings(GeminiSettings.defaults(null), null))
                .isInstanceOf(GeminiConfigurationException.class).hasMessageContaining("GEMINI_API_KEY");
    }
}
