package io.roughcut.media;

/**
 * The limits a chunk plan must respect. Immutable.
 *
 * @param maxChunkBytes   the hard limit on a chunk file's size in bytes; the planner aims at 95% of it
 * @param maxChunkSeconds the longest a chunk may own, in seconds, or {@code Double.POSITIVE_INFINITY}
 * @param overlapSeconds  how far each chunk's file runs on into the next chunk, in seconds (0 for none)
 */
public record ChunkLimits(long maxChunkBytes, double maxChunkSeconds, double overlapSeconds) {

    /** 500 MB (524,288,000 bytes), no duration cap, no overlap. */
    public static final ChunkLimits DEFAULT = new ChunkLimits(524_288_000L, Double.POSITIVE_INFINITY, 0);

    /** The brief's safety margin: plan for 95% of the limit, because a cut file carries its own headers. */
    public static final double SAFETY_MARGIN = 0.95;

    public ChunkLimits {
        if (maxChunkBytes <= 0 || !(maxChunkSeconds > 0) || !(overlapSeconds >= 0)) {
            throw new IllegalArgumentException("chunk limits must be positive (overlap may be 0): " + maxChunkBytes
                    + " bytes, " + maxChunkSeconds + " s, overlap " + overlapSeconds + " s");
        }
    }

    /** The bytes the planner fills a chunk up to. */
    public long budgetBytes() {
        return (long) Math.floor(maxChunkBytes * SAFETY_MARGIN);
    }
}
