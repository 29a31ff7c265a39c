package io.roughcut.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans a smart render: which frames of the recording the kept ranges show, and which of them can be copied
 * as whole GOPs. A kept range shows the frames whose middle lies inside it, the frames an editor would show
 * for those times and the frames the exports name. Within a range, the frames from its first keyframe up to its last GOP boundary are copied;
 * the frames before that keyframe and after that boundary are re-encoded, decoding from the keyframe before
 * them. A range with no whole GOP inside is re-encoded whole. Thread-safe.
 */
final class RenderPlanner {

    /**
     * @param copyable whether GOPs may be copied at all; when the source's B-frame delay cannot be matched by
     *                 an encoder here, everything kept is re-encoded
     */
    RenderPlan plan(FrameTable frames, List<KeptRange> kept, int sampleRate, boolean copyable) {
        List<RenderPlan.Piece> pieces = new ArrayList<>();
        List<int[]> parts = new ArrayList<>();
        for (KeptRange range : kept) {
            int first = firstShown(frames, range.start());
            int end = firstShown(frames, range.end());
            if (end > first) {
                parts.add(new int[] {first, end});
            }
        }
        for (int p = 0; p < parts.size(); p++) {
            boolean last = p == parts.size() - 1;
            int first = parts.get(p)[0];
            int end = parts.get(p)[1];
            int copyFrom = first;
            while (copyFrom < end && !frames.startsClosedGop(copyFrom)) {
                copyFrom++;
            }
            int copyTo = end;
            while (copyTo > copyFrom && !frames.startsClosedGop(copyTo)) {
                copyTo--;
            }
            List<RenderPlan.Piece> range = new ArrayList<>();
            if (copyable && copyTo > copyFrom) {
                if (copyFrom > first) {
                    range.add(encode(frames, first, copyFrom));
                }
                range.add(copy(frames, copyFrom, copyTo));
                if (end > copyTo) {
                    range.add(encode(frames, copyTo, end));
                }
            } else {
                range.add(encode(frames, first, end));
            }
            RenderPlan.Piece tail = range.removeLast();
            range.add(new RenderPlan.Piece(tail.kind(), tail.start(), tail.end(), tail.decodeFrom(), tail.copyUntil(),
                    tail.frames(), !last));
            pieces.addAll(range);
        }
        return new RenderPlan(pieces, sampleRate);
    }

    /**
     * The first frame whose middle is after {@code time}; the frame count when there is none. For a constant
     * rate that is frame {@code round(time * rate)}, the frame the exports count, halves rounding up.
     */
    private static int firstShown(FrameTable frames, double time) {
        int lo = 0;
        int hi = frames.count();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double middle = (frames.time(mid) + frames.time(mid + 1)) / 2;
            if (middle <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static RenderPlan.Piece copy(FrameTable frames, int from, int to) {
        double until = to == frames.count() ? Double.POSITIVE_INFINITY : frames.decodeTime(to);
        return new RenderPlan.Piece(RenderPlan.Kind.COPY, frames.time(from), frames.time(to), frames.time(from), until,
                to - from, false);
    }

    private static RenderPlan.Piece encode(FrameTable frames, int from, int to) {
        int keyframe = from;
        while (keyframe > 0 && !frames.isKeyframe(keyframe)) {
            keyframe--;
        }
        return new RenderPlan.Piece(RenderPlan.Kind.ENCODE, frames.time(from), frames.time(to), frames.time(keyframe),
                Double.POSITIVE_INFINITY, to - from, false);
    }
}
