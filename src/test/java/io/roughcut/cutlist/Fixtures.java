package io.roughcut.cutlist;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import io.roughcut.media.PlannedChunk;
import java.util.ArrayList;
import java.util.List;

/** Builders for aggregation tests: sources, chunk plans and segments, with no media involved. */
final class Fixtures {

    static final String SILENCE = "silence";

    private Fixtures() {
    }

    static SourceSummary source(double duration) {
        return new SourceSummary("talk.mov", null, 123_456, duration, "mov", "h264", "aac", "remux", "30/1", false,
                1280, 720, List.of(2), 48000, null, 0, false);
    }

    /** Chunks that own the ranges between the boundaries; each file but the last runs on by the overlap. */
    static List<PlannedChunk> plan(double overlap, double... boundaries) {
        List<PlannedChunk> chunks = new ArrayList<>();
        for (int i = 0; i + 1 < boundaries.length; i++) {
            boolean last = i + 2 == boundaries.length;
            double end = boundaries[i + 1];
            chunks.add(new PlannedChunk(i, boundaries[i], end, last ? end : end + overlap, 1000));
        }
        return chunks;
    }

    static ChunkResult complete(PlannedChunk chunk, Segment... segments) {
        return ChunkResult.complete(chunk, 1000 + chunk.index(), List.of(segments), Usage.NONE);
    }

    static CutList aggregate(double duration, List<ChunkResult> results) {
        return CutListAggregator.aggregate(new AggregationInput("job-1", source(duration), "local", results, 42));
    }

    static Segment local(double start, double end, Category category, double confidence) {
        return Segment.of(start, end, category, category.id(), confidence, SegmentSource.LOCAL);
    }

    static Segment gemini(double start, double end, Category category, double confidence) {
        return Segment.of(start, end, category, category.id(), confidence, SegmentSource.GEMINI);
    }

    /** A silence piece as the local analyser reports it, in chunk-relative seconds. */
    static Segment silence(double start, double end, double rawStart, double rawEnd, boolean openStart,
                           boolean openEnd, double confidence) {
        return new Segment(start, end, Category.PAUSE, Fragment.reason(rawEnd - rawStart, SILENCE), confidence,
                null, SegmentSource.LOCAL, new Fragment(SILENCE, rawStart, rawEnd, 0.5, openStart, openEnd));
    }
}
