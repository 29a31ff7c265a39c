package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.analysis.gemini.GeminiAnalyzer;
import io.roughcut.analysis.gemini.GeminiConfigurationException;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.hybrid.HybridAnalyzer;
import io.roughcut.analysis.local.LocalAnalyzer;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.testing.TestMedia;
import org.junit.jupiter.api.Test;

/** Which analysers a deployment offers, what an upload may choose, and the chunk cap each one gets. */
class AnalyzerCatalogTests {

    private final LocalAnalyzer local = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    /** A real client that is never called: nothing listens on port 9. */
    private static GeminiAnalyzer gemini() {
        GeminiSettings s = GeminiSettings.defaults("k").toBuilder().baseUrl("http://127.0.0.1:9").maxChunkSeconds(120).build();
        return GeminiAnalyzer.fromSettings(s, TestMedia.ffmpeg());
    }

    @Test
    void withoutAKeyOnlyLocalIsOfferedAndGeminiOrHybridIsRefusedNamingTheField() {
        try (AnalyzerCatalog catalog = new AnalyzerCatalog(local, null, "local")) {
            assertThat(catalog.offered()).containsExactly(AnalyzerOption.LOCAL);
            assertThat(catalog.choose(null, "f")).isEqualTo(AnalyzerOption.LOCAL);
            assertThat(catalog.choose(" ", "f")).isEqualTo(AnalyzerOption.LOCAL);
            assertThatThrownBy(() -> catalog.choose("hybrid", "Form field \"analyzer\""))
                    .isInstanceOf(AnalyzerUnavailableException.class)
                    .hasMessageContaining("Form field \"analyzer\"").hasMessageContaining("no Gemini API key")
                    .hasMessageContaining("GEMINI_API_KEY");
            assertThatThrownBy(() -> catalog.choose("whisper", "f")).isInstanceOf(AnalyzerUnavailableException.class)
                    .hasMessageContaining("\"whisper\"").hasMessageContaining("Use one of: local.");
            // A job given Gemini by an earlier deployment that had a key fails clearly, and is not retried.
            assertThatThrownBy(() -> catalog.analyzer("gemini")).isInstanceOf(GeminiConfigurationException.class)
                    .hasMessageContaining("GEMINI_API_KEY");
        }
    }

    @Test
    void withAKeyAllThreeAreOfferedAndGeminiJobsGetGeminisChunkCap() {
        try (AnalyzerCatalog catalog = new AnalyzerCatalog(local, gemini(), "hybrid")) {
            assertThat(catalog.offered()).containsExactly(AnalyzerOption.LOCAL, AnalyzerOption.GEMINI, AnalyzerOption.HYBRID);
            assertThat(catalog.defaultOption()).isEqualTo(AnalyzerOption.HYBRID);
            assertThat(catalog.choose(null, "f")).isEqualTo(AnalyzerOption.HYBRID);
            assertThat(catalog.choose("Gemini", "f")).isEqualTo(AnalyzerOption.GEMINI);
            assertThat(catalog.analyzer("local")).isSameAs(local);
            // Gemini's cuts checked against the sound measured here (issue 10).
            assertThat(catalog.analyzer("gemini")).isInstanceOf(HybridAnalyzer.class)
                    .extracting(a -> a.name()).isEqualTo("gemini");
            assertThat(catalog.analyzer("hybrid")).isInstanceOf(HybridAnalyzer.class);
            assertThat(catalog.maxChunkSeconds("gemini")).isEqualTo(120);
            assertThat(catalog.maxChunkSeconds("hybrid")).isEqualTo(120);
            assertThat(catalog.maxChunkSeconds("local")).isInfinite();
        }
    }

    @Test
    void aDefaultThatNeedsAMissingKeyOrIsNoAnalyserStopsTheServerFromStarting() {
        assertThatThrownBy(() -> new AnalyzerCatalog(local, null, "gemini"))
                .isInstanceOf(GeminiConfigurationException.class).hasMessageContaining("--analyzer local");
        assertThatThrownBy(() -> new AnalyzerCatalog(local, null, "fast"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("roughcut.pipeline.analyzer=fast");
    }
}
