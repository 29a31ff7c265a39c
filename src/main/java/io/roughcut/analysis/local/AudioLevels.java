package io.roughcut.analysis.local;

import java.util.List;

/**
 * What {@link PcmMeter} measured in a stream of audio. Times are seconds from the stream's first sample.
 * The level array is owned by this value and must not be changed; otherwise immutable.
 *
 * @param frameSeconds    the length of one level frame (about 10 ms)
 * @param frameDb         the RMS level of each frame in dBFS, power-averaged over channels; a frame of
 *                        digital zero reads {@link PcmMeter#SILENT_DB}
 * @param frames          how many entries of {@code frameDb} are used
 * @param deadRuns        stretches of at least 10 ms where every sample of every channel is (almost) zero
 * @param clipRuns        clipped plateaus (flat tops) in any channel, those closer than 20 ms joined, in order
 * @param durationSeconds how much audio the stream held
 */
record AudioLevels(double frameSeconds, float[] frameDb, int frames, List<Interval> deadRuns,
                   List<Interval> clipRuns, double durationSeconds) {

    AudioLevels {
        deadRuns = List.copyOf(deadRuns);
        clipRuns = List.copyOf(clipRuns);
    }

    /** The frame that holds this time, clamped to the frames there are. */
    int frameAt(double seconds) {
        return (int) Math.max(0, Math.min(frames - 1, Math.floor(seconds / frameSeconds)));
    }

    /** True when some frame between these times is at or above {@code thresholdDb}. */
    boolean anyAbove(double fromSeconds, double toSeconds, double thresholdDb) {
        if (frames == 0 || toSeconds <= 0 || fromSeconds >= durationSeconds) {
            return false;
        }
        for (int i = frameAt(fromSeconds), last = frameAt(toSeconds); i <= last; i++) {
            if (frameDb[i] >= thresholdDb) {
                return true;
            }
        }
        return false;
    }
}
