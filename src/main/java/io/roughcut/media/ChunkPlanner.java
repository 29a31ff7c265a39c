package io.roughcut.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans where a normalised recording is cut: greedy, keyframe by keyframe, from the real packet sizes.
 * A chunk grows while its bytes (with overlap) stay within 95% of the limit and its duration within the
 * cap. One keyframe interval that alone breaks a limit becomes a chunk of its own; the cutter then finds
 * it too large and reports that the recording cannot be cut. A pure function: stateless and thread-safe.
 */
public final class ChunkPlanner {

    /** Keyframes closer than this to a chunk edge count as the edge itself (times are rounded to µs). */
    private static final double EDGE = 0.0005;

    public ChunkPlan plan(KeyframeIndex index, ChunkLimits limits) {
        double duration = index.durationSeconds();
        List<Double> cuts = new ArrayList<>();
        for (double keyframe : cutPoints(index)) {
            if (keyframe < duration - EDGE) {
                cuts.add(keyframe);
            }
        }
        cuts.add(duration);
        List<PlannedChunk> chunks = new ArrayList<>();
        double start = 0;
        int next = 0;
        while (next < cuts.size()) {
            int chosen = next;
            for (int j = next + 1; j < cuts.size() && fits(index, limits, start, cuts.get(j)); j++) {
                chosen = j;
            }
            double end = cuts.get(chosen);
            chunks.add(chunk(index, chunks.size(), start, end, limits.overlapSeconds()));
            start = end;
            next = chosen + 1;
        }
        return new ChunkPlan(chunks, duration, limits.maxChunkBytes(), limits.maxChunkSeconds(),
                limits.overlapSeconds());
    }

    /**
     * Splits a chunk at the keyframe nearest its middle, for a chunk that was too large or too long for the
     * analyser. Both halves keep the parent's index; the caller numbers them. The overlap is kept.
     *
     * @return the two halves, or an empty list when no keyframe lies strictly inside the chunk
     */
    public List<PlannedChunk> splitInHalf(KeyframeIndex index, PlannedChunk chunk) {
        double middle = (chunk.start() + chunk.end()) / 2;
        double best = Double.NaN;
        for (double keyframe : cutPoints(index)) {
            boolean inside = keyframe > chunk.start() + EDGE && keyframe < chunk.end() - EDGE;
            if (inside && (Double.isNaN(best) || Math.abs(keyframe - middle) < Math.abs(best - middle))) {
                best = keyframe;
            }
        }
        if (Double.isNaN(best)) {
            return List.of();
        }
        double overlap = chunk.fileEnd() - chunk.end();
        return List.of(chunk(index, chunk.index(), chunk.start(), best, overlap),
                new PlannedChunk(chunk.index(), best, chunk.end(), chunk.fileEnd(),
                        bytesOfFile(index, best, chunk.fileEnd())));
    }

    /**
     * How many chunks a recording of this size and duration needs at a uniform bitrate: for progress
     * displays before the real plan exists, and for checking the limits themselves.
     */
    public static int estimate(long sizeBytes, double durationSeconds, ChunkLimits limits) {
        if (sizeBytes <= 0 || durationSeconds <= 0) {
            return 1;
        }
        double bytesPerSecond = sizeBytes / durationSeconds;
        double secondsByBytes = limits.budgetBytes() / bytesPerSecond - limits.overlapSeconds();
        double perChunk = Math.min(limits.maxChunkSeconds(), secondsByBytes);
        if (perChunk <= 0) {
            // The overlap alone fills a chunk; a real plan would give one keyframe interval per chunk.
            return (int) Math.ceil(sizeBytes / (double) limits.budgetBytes());
        }
        return Math.max(1, (int) Math.ceil(durationSeconds / perChunk - 1e-9));
    }

    /**
     * Every keyframe but the first: the first chunk starts at 0 and holds the first keyframe, even when a
     * file's first picture comes a little after 0 (a fragmented MP4 keeps its B-frame delay).
     */
    private static List<Double> cutPoints(KeyframeIndex index) {
        List<Double> keyframes = index.keyframeTimes();
        return keyframes.isEmpty() ? keyframes
                : keyframes.subList(1, keyframes.size()).stream().filter(k -> k > EDGE).toList();
    }

    private static boolean fits(KeyframeIndex index, ChunkLimits limits, double start, double end) {
        if (end - start > limits.maxChunkSeconds() + 1e-9) {
            return false;
        }
        double fileEnd = Math.min(end + limits.overlapSeconds(), index.durationSeconds());
        return bytesOfFile(index, start, fileEnd) <= limits.budgetBytes();
    }

    private static PlannedChunk chunk(KeyframeIndex index, int number, double start, double end, double overlap) {
        double fileEnd = Math.min(end + overlap, index.durationSeconds());
        return new PlannedChunk(number, start, end, fileEnd, bytesOfFile(index, start, fileEnd));
    }

    /** A file that runs to the end also holds the packets stamped at or after the nominal duration. */
    private static long bytesOfFile(KeyframeIndex index, double start, double fileEnd) {
        return index.bytesBetween(start, fileEnd >= index.durationSeconds() - EDGE ? Double.POSITIVE_INFINITY : fileEnd);
    }
}
