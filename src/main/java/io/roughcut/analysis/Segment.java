package io.roughcut.analysis;

/**
 * One stretch an analyser proposes to cut, in seconds relative to the start of its chunk's file.
 * Immutable.
 *
 * @param confidence how sure the analyser is, from 0 to 1
 * @param transcript the first words spoken in the segment, or null when the analyser does not hear words
 * @param fragment   set when the segment touches a chunk edge that is not an edge of the recording and may
 *                   continue in the next chunk; null for a complete segment
 * @param speechSeconds how many seconds of measured speech (sound above the silence threshold) the cut would
 *                   remove: 0 for a pause, more for a picture fault while someone talks. A cut that removes
 *                   more than {@link #REVIEW_SPEECH_SECONDS} is proposed for review, not applied
 */
public record Segment(double start, double end, Category category, String reason, double confidence,
                      String transcript, SegmentSource source, Fragment fragment, double speechSeconds) {

    /** Less speech than this is a breath or the tail of a word at a cut's edge, not words lost. */
    public static final double REVIEW_SPEECH_SECONDS = 0.05;

    /** A segment that removes no measured speech. */
    public Segment(double start, double end, Category category, String reason, double confidence,
                   String transcript, SegmentSource source, Fragment fragment) {
        this(start, end, category, reason, confidence, transcript, source, fragment, 0);
    }

    public Segment {
        if (!(end > start)) {
            throw new IllegalArgumentException("segment must end after it starts: " + start + " .. " + end);
        }
        if (!(speechSeconds >= 0)) {
            throw new IllegalArgumentException("speech removed cannot be negative: " + speechSeconds);
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

    /** Whether the cut would remove enough speech that a person must decide on it. */
    public boolean removesSpeech() {
        return speechSeconds > REVIEW_SPEECH_SECONDS;
    }

    /** This segment's reason with what it would remove added, such as "2.5 s black video, would remove 2.1 s of speech". */
    public static String withSpeechNote(String reason, double speechSeconds) {
        return speechSeconds > REVIEW_SPEECH_SECONDS
                ? String.format(java.util.Locale.ROOT, "%s, would remove %.1f s of speech", reason, speechSeconds)
                : reason;
    }

    public double duration() {
        return end - start;
    }
}
