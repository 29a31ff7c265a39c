package io.roughcut.analysis.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeminiSettingsTests {

    @Test
    void readsKeyBaseUrlAndModelFromTheEnvironment() {
        GeminiSettings s = GeminiSettings.fromEnvironment(Map.of("GOOGLE_API_KEY", "g", "GEMINI_API_KEY", "k",
                "GOOGLE_GEMINI_BASE_URL", "http://127.0.0.1:9/", "GEMINI_MODEL", "gemini-2.5-pro"));

        assertThat(s.apiKey()).isEqualTo("k");
        assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:9");
        assertThat(s.model()).isEqualTo("gemini-2.5-pro");
        assertThat(s.price().outputPerMillion()).isEqualTo(10.0);
    }

    @Test
    void fallsBackToGoogleApiKeyAndTheDefaults() {
        GeminiSettings s = GeminiSettings.fromEnvironment(Map.of("GOOGLE_API_KEY", "g"));

        assertThat(s.apiKey()).isEqualTo("g");
        assertThat(s.baseUrl()).isEqualTo(GeminiSettings.DEFAULT_BASE_URL);
        assertThat(s.model()).isEqualTo("gemini-2.5-flash");
        assertThat(s.mediaResolution()).isEqualTo(MediaResolution.LOW);
        assertThat(s.fps()).isEqualTo(1.0);
        assertThat(s.parallelism()).isEqualTo(5);
        assertThat(s.maxChunkSeconds()).isEqualTo(600);
    }

    @Test
    void noKeyIsNoKey() {
        assertThat(GeminiSettings.fromEnvironment(Map.of("GEMINI_API_KEY", " ")).hasApiKey()).isFalse();
    }

    @Test
    void aDefaultChunkStaysFarInsideTheContextAndItsAnswerInsideTheOutputLimit() {
        GeminiSettings s = GeminiSettings.defaults("k");
        var chunk = GeminiCostEstimate.forDuration(s.maxChunkSeconds(), s);

        assertThat(chunk.promptTokens()).isLessThan(1_048_576 / 10);
        assertThat(chunk.outputTokens() + chunk.thinkingTokens()).isLessThan(s.maxOutputTokens() / 4);
    }

    @Test
    void parsesResolutionNamesAndRetryDelays() {
        assertThat(MediaResolution.parse("low")).isEqualTo(MediaResolution.LOW);
        assertThat(MediaResolution.parse("MEDIA_RESOLUTION_HIGH")).isEqualTo(MediaResolution.HIGH);
        assertThat(GeminiCallException.parseDelay("26s")).isEqualTo(Duration.ofSeconds(26));
        assertThat(GeminiCallException.parseDelay("0.2s")).isEqualTo(Duration.ofMillis(200));
        assertThat(GeminiCallException.parseDelay("soon")).isNull();
    }
}
