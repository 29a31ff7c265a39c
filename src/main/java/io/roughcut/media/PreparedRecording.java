package io.roughcut.media;

import java.util.List;

/**
 * A recording made ready for analysis: what it was, the MP4 it became, where its keyframes are, the plan
 * and the chunk files that were cut. Immutable.
 *
 * @param chunks the chunk files, numbered 0..n-1 in time order; there may be more than in {@code plan} when
 *               a chunk came out too large and was split
 */
public record PreparedRecording(MediaInfo source, NormalizedMedia normalized, KeyframeIndex index, ChunkPlan plan,
                                List<CutChunk> chunks) {

    public PreparedRecording {
        chunks = List.copyOf(chunks);
    }
}
