package io.roughcut.media;

import java.util.List;

/**
 * How a cut video is made: its pieces in order, each either copied as it is (whole GOPs inside a kept
 * range) or re-encoded (the frames around a cut that a kept range does not start or end on a keyframe). A
 * plan is a value that can be printed and tested; {@link SmartRenderer} executes it. Times are seconds of
 * the normalised recording, on its frames. Immutable.
 *
 * @param pieces     the video in order; the rendered video is them end to end
 * @param sampleRate the audio's sample rate, 0 for a video without sound
 */
public record RenderPlan(List<Piece> pieces, int sampleRate) {

    public enum Kind { COPY, ENCODE }

    /**
     * One piece of the rendered video: the recording's frames shown from {@code start} up to {@code end}.
     *
     * @param decodeFrom for a re-encoded piece, the keyframe its decoding starts at; for a copy, {@code start}
     * @param copyUntil  for a copy that stops before the end, the decode time of the keyframe it stops at
     *                   (packets are copied in decode order, so the stop is a decode time); otherwise
     *                   {@link Double#POSITIVE_INFINITY}
     * @param frames     how many frames it shows
     * @param joinsAfter whether a cut follows the piece, so the sound is cross-faded there
     */
    public record Piece(Kind kind, double start, double end, double decodeFrom, double copyUntil, int frames,
                        boolean joinsAfter) {

        public double duration() {
            return end - start;
        }
    }

    public RenderPlan {
        pieces = List.copyOf(pieces);
    }

    /** The rendered video's length: its pieces end to end. */
    public double durationSeconds() {
        return pieces.stream().mapToDouble(Piece::duration).sum();
    }

    /** Seconds of the video that are copied without decoding. */
    public double copiedSeconds() {
        return pieces.stream().filter(p -> p.kind() == Kind.COPY).mapToDouble(Piece::duration).sum();
    }

    /** Seconds of the video that are decoded and encoded again. */
    public double encodedSeconds() {
        return pieces.stream().filter(p -> p.kind() == Kind.ENCODE).mapToDouble(Piece::duration).sum();
    }
}
