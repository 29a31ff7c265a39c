package io.roughcut.analysis.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.gemini.GeminiAnalyzer;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import io.roughcut.analysis.gemini.fake.Planted;
import io.roughcut.analysis.gemini.fake.Silences;
import io.roughcut.analysis.gemini.fake.TalkVideo;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hybrid analyser with the real Gemini client against the fake Gemini, and a signal analyser that
 * measures silences with FFmpeg as the local analyser does.
 */
class HybridAnalyzerIntegrationTests {

    @TempDir
    Path dir;

    /** Stands in for the local analyser: every silence of at least half a second is a pause. */
    private static final class SilenceAnalyzer implements Analyzer {
        @Override
        public String name() {
            return "silences";
        }

        @Override
        public ChunkAnalysis analyze(ChunkInput chunk) {
            List<Segment> pauses = Silences.detect(TestMedia.ffmpeg(), chunk.file(), 0.5, chunk.chunk().fileDuration())
                    .stream().map(s -> Segment.of(s[0], s[1], Category.PAUSE, "silence", 0.95, SegmentSource.LOCAL))
                    .toList();
            return ChunkAnalysis.of(pauses);
        }
    }

    @Test
    void snapsGeminisLooseFillerToTheMeasuredSilencesAndMarksPausesFoundByBoth() {
        // Tone is speech: "hello" 0-1 s, "um" 2.0-2.6 s, then talk from 3.6 s; silent in between.
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 6, new double[] {1.0, 2.0}, new double[] {2.6, 3.6});
        ChunkInput chunk = TalkVideo.chunks(video, dir, 0, 6).getFirst();

        try (FakeGeminiServer fake = FakeGeminiServer.start("k")) {
            // Gemini hears the "um" but places it loosely, as real models do.
            fake.plant(TalkVideo.sha256(chunk.file()), new Planted(2.2, 2.4, "filler_words", "um"));
            GeminiSettings settings = GeminiSettings.defaults("k").toBuilder().baseUrl(fake.baseUrl())
                    .pollInterval(Duration.ofMillis(1)).build();
            ChunkAnalysis result;
            try (GeminiAnalyzer gemini = GeminiAnalyzer.fromSettings(settings, TestMedia.ffmpeg())) {
                result = new HybridAnalyzer(new SilenceAnalyzer(), gemini).analyze(chunk);
            }

            assertThat(result.segments()).extracting(Segment::category)
                    .containsExactly(Category.PAUSE, Category.FILLER_WORDS, Category.PAUSE);
            Segment first = result.segments().get(0);
            Segment filler = result.segments().get(1);
            Segment second = result.segments().get(2);
            assertThat(first.source()).isEqualTo(SegmentSource.BOTH);
            assertThat(second.source()).isEqualTo(SegmentSource.BOTH);
            assertThat(filler.source()).isEqualTo(SegmentSource.GEMINI);
            assertThat(filler.start()).isEqualTo(first.end());
            assertThat(filler.end()).isEqualTo(second.start());
            assertThat(filler.start()).isCloseTo(2.0, within(0.1));
            assertThat(filler.end()).isCloseTo(2.6, within(0.1));
            assertThat(result.usage().calls()).isEqualTo(1);
            assertThat(result.usage().costUsd()).isPositive();
            assertThat(fake.storedFiles()).isZero();
        }
    }
}
