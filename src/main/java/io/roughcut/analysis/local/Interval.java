package io.roughcut.analysis.local;

/** A stretch of a chunk's file, in seconds from its start. Immutable. */
record Interval(double start, double end) {

    double length() {
        return end - start;
    }

    /** How many seconds this interval shares with {@code other}. */
    double overlap(Interval other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
