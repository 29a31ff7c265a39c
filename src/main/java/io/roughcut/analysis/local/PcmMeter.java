package io.roughcut.analysis.local;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Measures interleaved signed 16-bit little-endian PCM as FFmpeg writes it with {@code -f s16le}: the level
 * of every 10 ms frame, stretches of digital silence and clipped plateaus. One pass over plain arrays, no
 * boxing per sample, so it costs far less than decoding the audio. Not thread-safe; use one per stream.
 *
 * <p>Clipping is found as flat tops, not as samples at full scale: a lossy codec re-shapes a clipped wave,
 * and FFmpeg's AAC encoder leaves its flat tops near 95% of full scale with a ripple of a few tenths of a
 * percent. A loud sample followed by half a millisecond of samples within half a percent of it is such a
 * plateau; an unclipped voice, whose fundamental is above 80 Hz, does not stay that flat for that long.
 */
final class PcmMeter {

    /** The level reported for a frame of digital zero, where the logarithm has no value. */
    static final float SILENT_DB = -120f;

    private static final double FULL_SCALE_POWER = 32768.0 * 32768.0;
    private static final int PLATEAU_LEVEL = 16384;
    private static final int PLATEAU_RIPPLE = 164;
    private static final double MIN_PLATEAU_SECONDS = 0.0005;
    private static final double PLATEAU_JOIN_SECONDS = 0.02;
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
        return read(in, seconds -> { });
    }

    /** Measures the stream, telling {@code secondsRead} after every read how many seconds of sound it has had. */
    AudioLevels read(InputStream in, DoubleConsumer secondsRead) throws IOException {
        int bytesPerSample = 2 * channels;
        long minDeadSamples = Math.round(MIN_DEAD_SECONDS * sampleRate);
        long minPlateauSamples = Math.max(3, Math.round(MIN_PLATEAU_SECONDS * sampleRate));
        int[] plateauLevel = new int[channels];
        long[] plateauStart = new long[channels];
        Arrays.fill(plateauStart, -1);
        byte[] buf = new byte[1 << 18];
        float[] db = new float[4096];
        int frames = 0;
        long power = 0;
        int inFrame = 0;
        long sample = 0;
        long deadStart = -1;
        List<Interval> clips = new ArrayList<>();
        List<Interval> dead = new ArrayList<>();
        int carry = 0;
        int n;
        while ((n = in.read(buf, carry, buf.length - carry)) != -1) {
            int available = carry + n;
            int whole = available - available % bytesPerSample;
            for (int p = 0; p < whole; p += bytesPerSample) {
                boolean silent = true;
                for (int c = 0, q = p; c < channels; c++, q += 2) {
                    int s = (short) ((buf[q] & 0xff) | (buf[q + 1] << 8));
                    power += (long) s * s;
                    silent &= Math.abs(s) <= DEAD_LEVEL;
                    if (plateauStart[c] >= 0 && Math.abs(s - plateauLevel[c]) > PLATEAU_RIPPLE) {
                        addPlateau(clips, plateauStart[c], sample, minPlateauSamples);
                        plateauStart[c] = -1;
                    }
                    if (plateauStart[c] < 0 && Math.abs(s) >= PLATEAU_LEVEL) {
                        plateauStart[c] = sample;
                        plateauLevel[c] = s;
                    }
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
            secondsRead.accept((double) sample / sampleRate);
        }
        if (inFrame > 0) {
            if (frames == db.length) {
                db = Arrays.copyOf(db, frames + 1);
            }
            db[frames++] = toDb(power, inFrame);
        }
        for (long start : plateauStart) {
            if (start >= 0) {
                addPlateau(clips, start, sample, minPlateauSamples);
            }
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

    /**
     * Adds a plateau, joined with the last one when they are closer than {@link #PLATEAU_JOIN_SECONDS}:
     * clipped speech has a plateau every half period, and an hour of it must not become a million values.
     */
    private void addPlateau(List<Interval> plateaus, long from, long to, long minSamples) {
        if (to - from < minSamples) {
            return;
        }
        Interval.append(plateaus, new Interval((double) from / sampleRate, (double) to / sampleRate),
                PLATEAU_JOIN_SECONDS);
    }

    private void addRun(List<Interval> runs, long from, long to, long minSamples) {
        if (to - from >= minSamples) {
            runs.add(new Interval((double) from / sampleRate, (double) to / sampleRate));
        }
    }
}
