package io.roughcut.pipeline;

import io.roughcut.analysis.Segment;
import io.roughcut.analysis.Usage;
import io.roughcut.media.PlannedChunk;
import java.util.List;

/** One chunk's analysis as the aggregate step sees it; segments are chunk-relative seconds. Immutable. */
public record ChunkOutcome(PlannedChunk chunk, long sizeBytes, ChunkState state, List<Segment> segments, Usage usage,
                           String error) {
}
