package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.media.MediaProbe;
import io.roughcut.media.PlannedChunk;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chunk the analyser finds too long is cut in half with FFmpeg, and the halves' cuts land where they belong. */
class ChunkSplitterTests {

    @TempDir
    Path dir;

    /** An analyser with a duration budget: longer pieces are refused, shorter ones get one cut at 1-2 s. */
    private record BudgetAnalyzer(double maxSeconds, List<Double> seen) implements Analyzer {
        @Override
        public String name() {
            return "budget";
        }

        @Override
        public ChunkAnalysis analyze(ChunkInput chunk) {
            double length = new MediaProbe(TestMedia.ffmpeg()).probe(chunk.file()).durationSeconds();
            seen.add(length);
            if (length > maxSeconds) {
                throw new ChunkTooLongException(Math.round(length) + " s is over the budget");
            }
            return ChunkAnalysis.of(List.of(Segment.of(1, 2, Category.PAUSE, "test", 0.9, SegmentSource.LOCAL)));
        }
    }

    private ChunkInput chunkOf(double seconds) {
        Path file = TestMedia.generate(dir.resolve("chunk-000.mp4"), "-f", "lavfi", "-i", "testsrc2=size=64x48:rate=10",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=16000", "-t", Double.toString(seconds),
                "-c:v", "libx264", "-g", "10", "-pix_fmt", "yuv420p", "-c:a", "aac");
        var info = new MediaProbe(TestMedia.ffmpeg()).probe(file);
        return new ChunkInput(file, new PlannedChunk(3, 100, 100 + seconds, 100 + seconds, info.sizeBytes()), 5, info,
                RecordingProfile.NONE);
    }

    @Test
    void aTooLongChunkIsAnalysedAsTwoHalvesWithTheirCutsShiftedBack() {
        List<Double> seen = new CopyOnWriteArrayList<>();
        ChunkAnalysis analysis = new ChunkSplitter(new BudgetAnalyzer(25, seen), TestMedia.ffmpeg()).analyze(chunkOf(40));
        assertThat(seen).hasSize(3);
        assertThat(seen.get(1)).isCloseTo(20, org.assertj.core.data.Offset.offset(0.6));
        assertThat(analysis.segments()).extracting(Segment::start).containsExactly(1.0, 21.0);
        assertThat(analysis.segments()).extracting(Segment::end).containsExactly(2.0, 22.0);
    }

    @Test
    void splittingStopsAtTheMinimumLength() {
        List<Double> seen = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> new ChunkSplitter(new BudgetAnalyzer(1, seen), TestMedia.ffmpeg()).analyze(chunkOf(24)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("even after splitting");
    }
}
