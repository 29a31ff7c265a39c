package io.roughcut.media;

import java.util.List;
import java.util.Optional;

/**
 * A video frame rate as the rational FFmpeg reports, such as 30000/1001. Exact, so an EDL can tell
 * 29.97 from 30.
 */
public record FrameRate(int numerator, int denominator) {

    /** The rates editors build timelines at, which every export format can state exactly. */
    static final List<FrameRate> EDITING_RATES = List.of(new FrameRate(24000, 1001), new FrameRate(24, 1),
            new FrameRate(25, 1), new FrameRate(30000, 1001), new FrameRate(30, 1), new FrameRate(48, 1),
            new FrameRate(50, 1), new FrameRate(60000, 1001), new FrameRate(60, 1));

    /** Rates this close are one rate written two ways, such as 2997/100 and 30000/1001 (0.001% apart). */
    private static final double SAME_RATE = 0.0005;
    /** A variable rate whose average is this close to an editing rate is taken to aim at that rate. */
    private static final double NEAR_RATE = 0.05;

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("frame rate must be positive: " + numerator + "/" + denominator);
        }
    }

    /** FFmpeg's rational, such as "30000/1001" or "25/1"; empty for "0/0", "N/A" or anything else. */
    public static Optional<FrameRate> parse(String rational) {
        if (rational == null) {
            return Optional.empty();
        }
        String[] parts = rational.trim().split("/", 2);
        try {
            long numerator = Long.parseLong(parts[0].trim());
            long denominator = parts.length == 2 ? Long.parseLong(parts[1].trim()) : 1;
            if (numerator <= 0 || denominator <= 0 || numerator > Integer.MAX_VALUE || denominator > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            return Optional.of(new FrameRate((int) numerator, (int) denominator));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public double fps() {
        return (double) numerator / denominator;
    }

    /** True for rates such as 25/1 or 30/1; false for NTSC rates such as 30000/1001. */
    public boolean isInteger() {
        return numerator % denominator == 0;
    }

    /** True for the NTSC rates 1000/1001 below a whole number, such as 30000/1001 (29.97) or 24000/1001. */
    public boolean isNtsc() {
        return (long) numerator * 1001 == (long) timecodeBase() * 1000 * denominator;
    }

    /** The nearest whole number of frames per second, the timecode base (30 for 29.97). */
    public int timecodeBase() {
        return (int) Math.round(fps());
    }

    /**
     * The rate an export counts frames at. A constant rate is kept (an editing rate written another way, such
     * as 2997/100, becomes that rate exactly). A variable-rate video, such as a phone's, has no single frame
     * grid: its times are snapped to the editing rate its frames are based on ({@code base}, FFmpeg's
     * r_frame_rate) or, failing that, nearest its average, and to whole frames a second when none is near.
     *
     * @param base     the rate FFmpeg says the timestamps are based on (r_frame_rate), while this rate is the
     *                 average; the two are equal for a constant rate
     * @param variable whether the video's frames come at a variable rate
     */
    public FrameRate forEditing(FrameRate base, boolean variable) {
        Optional<FrameRate> same = nearestEditingRate(this, SAME_RATE);
        if (!variable) {
            return same.orElse(this);
        }
        return nearestEditingRate(base, SAME_RATE)
                .or(() -> nearestEditingRate(this, NEAR_RATE))
                .orElseGet(() -> new FrameRate(Math.max(1, timecodeBase()), 1));
    }

    /** Whether two rates differ by more than the rounding of how they are written. */
    public boolean differsFrom(FrameRate other) {
        return Math.abs(fps() / other.fps() - 1) > SAME_RATE;
    }

    private static Optional<FrameRate> nearestEditingRate(FrameRate rate, double tolerance) {
        FrameRate best = null;
        for (FrameRate candidate : EDITING_RATES) {
            double distance = Math.abs(rate.fps() / candidate.fps() - 1);
            if (distance <= tolerance && (best == null || distance < Math.abs(rate.fps() / best.fps() - 1))) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
