package io.roughcut.analysis.local;

import io.roughcut.media.AudioStream;
import java.util.List;

/**
 * The raw audio the analyser asks FFmpeg for: 16-bit PCM at the recording's own rate (so nothing is
 * resampled), with at most two channels. The profile and every chunk use the same format, so their levels
 * compare. Immutable.
 */
record PcmFormat(int sampleRate, int channels) {

    private static final int FALLBACK_RATE = 48_000;

    static PcmFormat of(AudioStream audio) {
        int rate = audio.sampleRate() > 0 ? audio.sampleRate() : FALLBACK_RATE;
        return new PcmFormat(rate, Math.max(1, Math.min(2, audio.channels())));
    }

    /** FFmpeg output options that write this format to standard output. */
    List<String> outputArgs() {
        return List.of("-c:a", "pcm_s16le", "-ar", Integer.toString(sampleRate), "-ac", Integer.toString(channels),
                "-f", "s16le", "pipe:1");
    }

    PcmMeter meter() {
        return new PcmMeter(sampleRate, channels);
    }
}
