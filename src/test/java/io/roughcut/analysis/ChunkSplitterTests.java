package io.roughcut.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.media.ChunkCutter;
import io.roughcut.media.CutChunk;
import io.roughcut.media.KeyframeIndex;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.media.NormalizedMedia;
import io.roughcut.media.Normalization;
import io.roughcut.media.PlannedChunk;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chunk the analyser finds too long is cut in half with FFmpeg from the chunk's own file, and the halves'
 * cuts land where they belong.
 */
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

    /** A chunk from 9 s to 48 s of a 48 s recording with a keyframe every 3 s, cut as the cutter cuts it. */
    private ChunkInput chunkOfRecording() {
        Path recording = TestMedia.generate(dir.resolve("normalized.mp4"), "-f", "lavfi", "-i",
                "testsrc2=size=64x48:rate=10", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=16000",
                "-t", "48", "-c:v", "libx264", "-g", "30", "-keyint_min", "30", "-sc_threshold", "0",
                "-pix_fmt", "yuv420p", "-c:a", "aac");
        MediaInfo info = new MediaProbe(TestMedia.ffmpeg()).probe(recording);
        PlannedChunk chunk = new PlannedChunk(1, 9, 48, 48, info.sizeBytes());
        CutChunk cut = new ChunkCutter(TestMedia.ffmpeg(), 1).cutOne(
                new NormalizedMedia(recording, info, Normalization.AS_IS), KeyframeIndex.read(TestMedia.ffmpeg(), info),
                chunk, dir.resolve("chunk_001.mp4"));
        // The recording's description without its file, as a worker on another host has it: the split works
        // from the chunk's own file.
        return new ChunkInput(cut.file(), chunk, 3, info.withFile(null), RecordingProfile.NONE);
    }

    @Test
    void aTooLongChunkIsAnalysedAsTwoHalvesCutAtAKeyframeWithTheirCutsShiftedBack() {
        List<Double> seen = new CopyOnWriteArrayList<>();
        ChunkAnalysis analysis = new ChunkSplitter(new BudgetAnalyzer(25, seen), TestMedia.ffmpeg())
                .analyze(chunkOfRecording());

        // The middle is 28.5 s, between the keyframes at 27 and 30: the halves are 9-27 and 27-48.
        assertThat(seen).hasSize(3);
        assertThat(seen.get(1)).isCloseTo(18, org.assertj.core.data.Offset.offset(0.2));
        assertThat(seen.get(2)).isCloseTo(21, org.assertj.core.data.Offset.offset(0.2));
        assertThat(analysis.segments()).extracting(Segment::start).containsExactly(1.0, 19.0);
        assertThat(analysis.segments()).extracting(Segment::end).containsExactly(2.0, 20.0);
    }

    @Test
    void splittingStopsAtTheMinimumLength() {
        List<Double> seen = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> new ChunkSplitter(new BudgetAnalyzer(1, seen), TestMedia.ffmpeg())
                .analyze(chunkOfRecording()))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("even after splitting");
    }
}
