package io.roughcut.analysis;

import java.util.List;

/** What an analyser found in one chunk, and what finding it cost. Segment times are chunk-relative. */
public record ChunkAnalysis(List<Segment> segments, Usage usage) {

    public ChunkAnalysis {
        segments = List.copyOf(segments);
    }

    public static ChunkAnalysis of(List<Segment> segments) {
        return new ChunkAnalysis(segments, Usage.NONE);
    }
}
