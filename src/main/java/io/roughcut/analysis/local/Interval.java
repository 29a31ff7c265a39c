package io.roughcut.analysis.local;

import java.util.ArrayList;
import java.util.List;

/** A stretch of a chunk's file, in seconds from its start. Immutable. */
record Interval(double start, double end) {

    double length() {
        return end - start;
    }

    /** How many seconds this interval shares with {@code other}. */
    double overlap(Interval other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /**
     * Appends {@code next} to stretches in order of their start, joined with the last one when the gap
     * between them is at most {@code gapSeconds}.
     */
    static void append(List<Interval> stretches, Interval next, double gapSeconds) {
        Interval last = stretches.isEmpty() ? null : stretches.getLast();
        if (last != null && next.start - last.end <= gapSeconds) {
            stretches.set(stretches.size() - 1,
                    new Interval(Math.min(last.start, next.start), Math.max(last.end, next.end)));
        } else {
            stretches.add(next);
        }
    }

    /** The stretches, in order of their start, with gaps of at most {@code gapSeconds} closed. */
    static List<Interval> joined(List<Interval> stretches, double gapSeconds) {
        List<Interval> out = new ArrayList<>();
        for (Interval s : stretches) {
            append(out, s, gapSeconds);
        }
        return out;
    }
}
