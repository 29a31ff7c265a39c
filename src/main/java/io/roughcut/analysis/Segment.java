package io.roughcut.analysis;

/**
 * One stretch an analyser proposes to cut, in seconds relative to the start of its chunk's file.
 * Immutable.
 *
 * @param confidence how sure the analyser is, from 0 to 1
 * @param transcript the first words spoken in the segment, or null when the analyser does not hear words
 * @param fragment   set when the segment touches a chunk edge that is not an edge of the recording and may
 *                   continue in the next chunk; null for a complete segment
 */
public record Segment(double start, double end, Category category, String reason, double confidence,
                      String transcript, SegmentSource source, Fragment fragment) {

    public Segment {
        if (!(end > start)) {
            throw new IllegalArgumentException("segment must end after it starts: " + start + " .. " + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** A complete segment, one that does not continue into a neighbouring chunk. */
    public static Segment of(double start, double end, Category category, String reason, double confidence,
                             SegmentSource source) {
        return new Segment(start, end, category, reason, confidence, null, source, null);
    }

    public double duration() {
        return end - start;
    }
}
