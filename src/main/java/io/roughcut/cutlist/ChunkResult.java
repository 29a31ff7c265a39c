package io.roughcut.cutlist;

import io.roughcut.analysis.Segment;
import io.roughcut.analysis.Usage;
import io.roughcut.media.PlannedChunk;
import java.util.List;

/**
 * What the analysis of one chunk produced, as the aggregator takes it. Immutable.
 *
 * @param sizeBytes the chunk file's real size
 * @param segments  the analyser's segments, in seconds relative to the chunk's file (which starts at
 *                  {@code chunk.start()}); ignored for a failed chunk
 * @param usage     what the analysis cost; {@link Usage#NONE} when null
 * @param error     why the chunk failed, or null
 */
public record ChunkResult(PlannedChunk chunk, long sizeBytes, ChunkStatus status, List<Segment> segments,
                          Usage usage, String error) {

    public ChunkResult {
        segments = segments == null ? List.of() : List.copyOf(segments);
        usage = usage == null ? Usage.NONE : usage;
    }

    public static ChunkResult complete(PlannedChunk chunk, long sizeBytes, List<Segment> segments, Usage usage) {
        return new ChunkResult(chunk, sizeBytes, ChunkStatus.COMPLETE, segments, usage, null);
    }

    public static ChunkResult failed(PlannedChunk chunk, long sizeBytes, Usage usage, String error) {
        return new ChunkResult(chunk, sizeBytes, ChunkStatus.FAILED, List.of(), usage, error);
    }
}
