package io.roughcut.analysis.local;

import java.util.List;

/**
 * The sound of a whole recording as a review page draws it, measured once: one level every 10 ms and the
 * silences the analyser's threshold finds, where a cut's edge can snap. Times are seconds of the recording.
 * The level array is owned by this value and must not be changed; otherwise immutable.
 *
 * @param frameSeconds    the time one level covers (10 ms)
 * @param floorDb         the level that {@code 0} stands for; quieter frames read 0 too
 * @param levels          one unsigned byte per frame: its RMS level, from 0 for {@code floorDb} or quieter to
 *                        255 for full scale, linear in decibels. Empty for a recording without sound
 * @param silences        stretches below the silence threshold of {@value WaveformReader#MIN_SILENCE_SECONDS} s
 *                        or more, in order; the edges of a pause cut sit the margin inside one of them
 * @param durationSeconds how much sound the recording holds
 */
public record Waveform(double frameSeconds, double floorDb, byte[] levels, List<Silence> silences,
                       double durationSeconds) {

    public Waveform {
        silences = List.copyOf(silences);
    }

    /** A stretch of silence, in seconds. */
    public record Silence(double start, double end) {
    }
}
