package io.roughcut.media;

/**
 * A video frame rate as the rational FFmpeg reports, such as 30000/1001. Exact, so an EDL can tell
 * 29.97 from 30.
 */
public record FrameRate(int numerator, int denominator) {

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("frame rate must be positive: " + numerator + "/" + denominator);
        }
    }

    public double fps() {
        return (double) numerator / denominator;
    }

    /** True for rates such as 25/1 or 30/1; false for NTSC rates such as 30000/1001. */
    public boolean isInteger() {
        return numerator % denominator == 0;
    }

    /** The nearest whole number of frames per second, the timecode base (30 for 29.97). */
    public int timecodeBase() {
        return (int) Math.round(fps());
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
