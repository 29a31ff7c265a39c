package io.roughcut.analysis.local;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures interleaved signed 16-bit little-endian PCM as FFmpeg writes it with {@code -f s16le}: the level
 * of every 10 ms frame, stretches of digital silence and runs of clipped samples. One pass over plain
 * arrays, no boxing per sample, so it costs far less than decoding the audio. Not thread-safe; use one per
 * stream.
 */
final class PcmMeter {

    /** The level reported for a frame of digital zero, where the logarithm has no value. */
    static final float SILENT_DB = -120f;

    private static final double FULL_SCALE_POWER = 32768.0 * 32768.0;
    private static final int CLIP_LEVEL = 32767;
    private static final int MIN_CLIP_SAMPLES = 3;
    // One LSB of 16-bit audio is -90 dBFS: below that a decoder has nothing left but rounding.
    private static final int DEAD_LEVEL = 1;
    private static final double MIN_DEAD_SECONDS = 0.01;

    private final int sampleRate;
    private final int channels;
    private final int frameSamples;

    PcmMeter(int sampleRate, int channels) {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("bad PCM format: " + sampleRate + " Hz, " + channels + " channels");
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.frameSamples = Math.max(1, Math.round(sampleRate / 100f));
    }

    AudioLevels read(InputStream in) throws IOException {
        int bytesPerSample = 2 * channels;
        long minDeadSamples = Math.round(MIN_DEAD_SECONDS * sampleRate);
        byte[] buf = new byte[1 << 16];
        float[] db = new float[4096];
        int frames = 0;
        long power = 0;
        int inFrame = 0;
        long sample = 0;
        long clipStart = -1;
        long deadStart = -1;
        List<Interval> clips = new ArrayList<>();
        List<Interval> dead = new ArrayList<>();
        int carry = 0;
        int n;
        while ((n = in.read(buf, carry, buf.length - carry)) != -1) {
            int available = carry + n;
            int whole = available - available % bytesPerSample;
            for (int p = 0; p < whole; p += bytesPerSample) {
                boolean clipped = false;
                boolean silent = true;
                for (int c = 0, q = p; c < channels; c++, q += 2) {
                    int s = (short) ((buf[q] & 0xff) | (buf[q + 1] << 8));
                    power += (long) s * s;
                    int a = Math.abs(s);
                    clipped |= a >= CLIP_LEVEL;
                    silent &= a <= DEAD_LEVEL;
                }
                if (clipped) {
                    if (clipStart < 0) {
                        clipStart = sample;
                    }
                } else if (clipStart >= 0) {
                    addRun(clips, clipStart, sample, MIN_CLIP_SAMPLES);
                    clipStart = -1;
                }
                if (silent) {
                    if (deadStart < 0) {
                        deadStart = sample;
                    }
                } else if (deadStart >= 0) {
                    addRun(dead, deadStart, sample, minDeadSamples);
                    deadStart = -1;
                }
                sample++;
                if (++inFrame == frameSamples) {
                    if (frames == db.length) {
                        db = Arrays.copyOf(db, frames * 2);
                    }
                    db[frames++] = toDb(power, inFrame);
                    power = 0;
                    inFrame = 0;
                }
            }
            carry = available - whole;
            System.arraycopy(buf, whole, buf, 0, carry);
        }
        if (inFrame > 0) {
            if (frames == db.length) {
                db = Arrays.copyOf(db, frames + 1);
            }
            db[frames++] = toDb(power, inFrame);
        }
        if (clipStart >= 0) {
            addRun(clips, clipStart, sample, MIN_CLIP_SAMPLES);
        }
        if (deadStart >= 0) {
            addRun(dead, deadStart, sample, minDeadSamples);
        }
        return new AudioLevels((double) frameSamples / sampleRate, db, frames, dead, clips,
                (double) sample / sampleRate);
    }

    private float toDb(long power, int samples) {
        if (power == 0) {
            return SILENT_DB;
        }
        double meanSquare = (double) power / ((long) samples * channels);
        return (float) Math.max(SILENT_DB, 10 * Math.log10(meanSquare / FULL_SCALE_POWER));
    }

    private void addRun(List<Interval> runs, long from, long to, long minSamples) {
        if (to - from >= minSamples) {
            runs.add(new Interval((double) from / sampleRate, (double) to / sampleRate));
        }
    }
}
