package io.roughcut.media;

/**
 * A stretch of the recording to keep in a rendered video, in seconds of the normalised recording. Immutable.
 */
public record KeptRange(double start, double end) {

    public KeptRange {
        if (!(end > start) || start < 0) {
            throw new IllegalArgumentException("a kept range must have a positive length from 0 on: " + start + " .. " + end);
        }
    }
}
