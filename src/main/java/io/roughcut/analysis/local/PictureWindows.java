package io.roughcut.analysis.local;

import io.roughcut.media.FrameTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a chunk's picture may be black or frozen, found from its frame sizes alone, so that only those
 * stretches are decoded. A picture that does not change encodes as tiny frames, and a black one, even with a
 * little sensor noise, as frames far smaller than the chunk's usual ones; a picture in motion does neither.
 * Every such quiet stretch long enough to hold a fault becomes a window, widened back to the keyframe where
 * decoding can start and on by a few frames, so that decoding finds the fault's edges to the frame. Immutable.
 *
 * @param windows      the stretches to decode, in order, not overlapping, in seconds of the chunk's file
 * @param stillSeconds the time whose frames are tiny: most of the chunk for slides or a screen recording,
 *                     little for a camera
 * @param seconds      the time the chunk's picture lasts
 */
record PictureWindows(List<Interval> windows, double stillSeconds, double seconds) {

    /** A frame this many pixels per byte or smaller shows (almost) no change: a skipped or nearly skipped frame. */
    private static final int PIXELS_PER_TINY_BYTE = 200;
    /** A frame at most this share of the chunk's median frame is quiet: black with noise encodes about so. */
    private static final double QUIET_SHARE = 0.5;
    /**
     * Quiet frames this close are one stretch: an encoder refines a frozen picture for a few frames after a
     * keyframe, and those frames are as large as moving ones.
     */
    private static final double JOIN_SECONDS = 1.0;
    private static final double MOSTLY_KEYFRAMES = 0.5;
    /** Frames added on each side, so a fault's first and last frame are decoded with their neighbours. */
    private static final int EDGE_FRAMES = 3;

    PictureWindows {
        windows = List.copyOf(windows);
    }

    /** @param shortestSeconds the shortest fault worth finding */
    static PictureWindows of(FrameTable frames, int width, int height, double shortestSeconds) {
        int n = frames.count();
        if (n == 0) {
            return new PictureWindows(List.of(), 0, 0);
        }
        if (keyframeShare(frames) > MOSTLY_KEYFRAMES) {
            // Every frame drawn whole (an intra-only codec) says nothing by its size: decode it all.
            return new PictureWindows(List.of(new Interval(frames.time(0), frames.end())), 0,
                    frames.end() - frames.time(0));
        }
        long tiny = Math.max(16, (long) width * height / PIXELS_PER_TINY_BYTE);
        double quiet = QUIET_SHARE * medianOfNonKeyframes(frames);
        List<Interval> spans = new ArrayList<>();
        double stillSeconds = 0;
        for (int i = 0; i < n; i++) {
            long size = frames.size(i);
            boolean isTiny = !frames.isKeyframe(i) && size <= tiny;
            if (isTiny) {
                stillSeconds += frames.time(i + 1) - frames.time(i);
            }
            // A keyframe re-draws the picture whatever it shows; it neither starts nor ends a quiet stretch.
            if (isTiny || !frames.isKeyframe(i) && size <= quiet) {
                Interval.append(spans, new Interval(frames.time(i), frames.time(i + 1)), JOIN_SECONDS);
            }
        }
        List<Interval> windows = new ArrayList<>();
        for (Interval span : spans) {
            // The first black frame after a picture is larger than the rest, so a quiet span may start a
            // frame late; two frames of slack on a fault's length cover it.
            double slack = 2 * (frames.time(Math.min(n, 1)) - frames.time(0));
            // A stretch at the file's edge may go on in the next chunk: it is measured whatever its length.
            boolean atEdge = span.start() <= frames.time(EDGE_FRAMES < n ? EDGE_FRAMES : 0)
                    || span.end() >= frames.time(Math.max(0, n - EDGE_FRAMES));
            if (!atEdge && span.length() + slack < shortestSeconds) {
                continue;
            }
            int first = frames.frameAtOrAfter(span.start());
            int from = frames.keyframeAtOrBefore(frames.time(Math.max(0, first - EDGE_FRAMES)));
            int to = Math.min(n, frames.frameAtOrAfter(span.end()) + EDGE_FRAMES);
            Interval.append(windows, new Interval(frames.time(from), frames.time(to)), 0);
        }
        return new PictureWindows(windows, stillSeconds, frames.end() - frames.time(0));
    }

    /** The seconds of picture to decode. */
    double decodeSeconds() {
        return windows.stream().mapToDouble(Interval::length).sum();
    }

    private static double keyframeShare(FrameTable frames) {
        int keyframes = 0;
        for (int i = 0; i < frames.count(); i++) {
            keyframes += frames.isKeyframe(i) ? 1 : 0;
        }
        return (double) keyframes / frames.count();
    }

    private static double medianOfNonKeyframes(FrameTable frames) {
        long[] sizes = new long[frames.count()];
        int m = 0;
        for (int i = 0; i < frames.count(); i++) {
            if (!frames.isKeyframe(i)) {
                sizes[m++] = frames.size(i);
            }
        }
        if (m == 0) {
            return 0;
        }
        long[] used = Arrays.copyOf(sizes, m);
        Arrays.sort(used);
        return used[m / 2];
    }
}
