package io.roughcut.analysis.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import io.roughcut.media.PlannedChunk;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HybridAnalyzerTests {

    private static final ChunkInput CHUNK = new ChunkInput(Path.of("c.mp4"), new PlannedChunk(0, 0, 10, 10, 1), 1,
            null, RecordingProfile.NONE);
    private static final Usage GEMINI_USAGE = new Usage(1, 660, 320, 700, 90, 10, 0.002);

    @Test
    void mergesBothAnalysersAndAddsTheirUsage() {
        var local = StubAnalyzer.finding("local", Usage.NONE,
                Segment.of(1.0, 2.0, Category.PAUSE, "1.0 s silence", 0.9, SegmentSource.LOCAL));
        var gemini = StubAnalyzer.finding("gemini", GEMINI_USAGE,
                Segment.of(1.1, 2.0, Category.PAUSE, "pause", 0.8, SegmentSource.GEMINI),
                Segment.of(2.3, 2.9, Category.FILLER_WORDS, "um", 0.8, SegmentSource.GEMINI));
        HybridAnalyzer hybrid = new HybridAnalyzer(local, gemini);

        var result = hybrid.analyze(CHUNK);

        assertThat(hybrid.name()).isEqualTo("hybrid");
        assertThat(result.segments()).extracting(Segment::source)
                .containsExactly(SegmentSource.BOTH, SegmentSource.GEMINI);
        assertThat(result.segments().get(1).start()).isEqualTo(2.0);
        assertThat(result.usage()).isEqualTo(GEMINI_USAGE);
        assertThat(hybrid.profile(null)).isEqualTo(new RecordingProfile(-60, -20));
    }

    @Test
    void shortGapsBetweenWordsAreSnapTargetsButNotCuts() {
        var local = StubAnalyzer.finding("local", Usage.NONE);
        var gaps = StubAnalyzer.finding("gaps", Usage.NONE,
                Segment.of(4.9, 5.05, Category.PAUSE, "gap", 0.9, SegmentSource.LOCAL),
                Segment.of(5.5, 5.6, Category.PAUSE, "gap", 0.9, SegmentSource.LOCAL));
        var gemini = StubAnalyzer.finding("gemini", GEMINI_USAGE,
                Segment.of(5.2, 5.4, Category.FILLER_WORDS, "uh", 0.8, SegmentSource.GEMINI));

        var result = new HybridAnalyzer(local, gaps, gemini, 0.7).analyze(CHUNK);

        assertThat(result.segments()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(5.05);
            assertThat(s.end()).isEqualTo(5.5);
        });
    }

    @Test
    void theChunksProgressWeighsGeminiAboveTheLocalMeasurementAndEndsAtOne() {
        var local = StubAnalyzer.finding("local", Usage.NONE);
        var gemini = StubAnalyzer.finding("gemini", GEMINI_USAGE);
        List<Double> shares = new CopyOnWriteArrayList<>();

        new HybridAnalyzer(local, local, gemini, 0.7).analyze(CHUNK.withPart(CHUNK.file(), CHUNK.chunk(), shares::add));

        // Each stub reports half and then all of its work; the word-gap pass reports nothing of its own.
        assertThat(shares).hasSize(4).isSorted().endsWith(1.0);
        assertThat(shares.getFirst()).as("half of the local quarter, or half of Gemini's three quarters").isIn(0.125, 0.375);
    }

    @Test
    void theGeminiModeGivesGeminisCutsSnappedToTheMeasuredSoundWithoutTheLocalOnes() {
        var local = StubAnalyzer.finding("local", Usage.NONE,
                Segment.of(1.0, 2.0, Category.PAUSE, "1.0 s silence", 0.9, SegmentSource.LOCAL),
                Segment.of(5.0, 6.0, Category.PAUSE, "1.0 s silence", 0.9, SegmentSource.LOCAL));
        var gemini = StubAnalyzer.finding("gemini", GEMINI_USAGE,
                Segment.of(2.3, 2.9, Category.FILLER_WORDS, "um", 0.8, SegmentSource.GEMINI));
        HybridAnalyzer checked = HybridAnalyzer.geminiWithSound(local, gemini);

        var result = checked.analyze(CHUNK);

        assertThat(checked.name()).isEqualTo("gemini");
        assertThat(result.segments()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(SegmentSource.GEMINI);
            assertThat(s.start()).as("snapped to the end of the measured silence").isEqualTo(2.0);
        });
        assertThat(result.usage()).isEqualTo(GEMINI_USAGE);
        assertThat(local.lastOptions().pictureChecks()).as("the sound alone is measured").isEqualTo(PictureChecks.OFF);
    }

    @Test
    void aGeminiFailureFailsTheChunk() {
        var local = StubAnalyzer.finding("local", Usage.NONE);
        var gemini = StubAnalyzer.failing("gemini", new ChunkTooLongException("split me"));

        assertThatThrownBy(() -> new HybridAnalyzer(local, gemini).analyze(CHUNK))
                .isInstanceOf(ChunkTooLongException.class).hasMessage("split me");
    }
}
