package io.roughcut.analysis.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
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
        Pass pass = new Pass();
        int bytesPerSample = 2 * channels;
        byte[] buf = new byte[1 << 18];
        short[] values = new short[buf.length / 2];
        ShortBuffer view = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        int carry = 0;
        int n;
        while ((n = in.read(buf, carry, buf.length - carry)) != -1) {
            int available = carry + n;
            int whole = available - available % bytesPerSample;
            // One bulk conversion of the bytes, then plain loops over shorts: the JIT turns both into wide
            // instructions, where assembling each sample from two bytes costs several times as much.
            view.clear();
            view.get(values, 0, whole / 2);
            pass.measure(values, whole / bytesPerSample);
            carry = available - whole;
            System.arraycopy(buf, whole, buf, 0, carry);
            secondsRead.accept((double) pass.sample / sampleRate);
        }
        return pass.finish();
    }

    /**
     * The state of one read. Samples are taken a segment at a time, a segment being the part of one 10 ms
     * level frame that one read brought. Within a segment only what can change a result is looked at sample
     * by sample: where sound starts and stops (digital silence inside a segment is too short to be a
     * dropout), and, only in a segment loud enough to hold one, the edges of a clipped plateau.
     */
    private final class Pass {
        final long minDeadSamples = Math.round(MIN_DEAD_SECONDS * sampleRate);
        final long minPlateauSamples = Math.max(3, Math.round(MIN_PLATEAU_SECONDS * sampleRate));
        // No longer than the shortest dropout, so that a silence inside one segment is never one (the two are
        // the same, 10 ms, at every real rate).
        final int segmentLimit = (int) Math.max(1, Math.min(frameSamples, minDeadSamples));
        final int[] plateauLevel = new int[channels];
        final long[] plateauStart = new long[channels];
        final List<Interval> clips = new ArrayList<>();
        final List<Interval> dead = new ArrayList<>();
        int activePlateaus;
        float[] db = new float[4096];
        int frames;
        long power;
        int inFrame;
        long sample;
        long deadStart = -1;

        Pass() {
            Arrays.fill(plateauStart, -1);
        }

        /** Takes {@code count} interleaved samples (of every channel) from the start of {@code values}. */
        void measure(short[] values, int count) {
            int done = 0;
            while (done < count) {
                int length = Math.min(Math.min(count - done, frameSamples - inFrame), segmentLimit);
                segment(values, done, length);
                done += length;
                inFrame += length;
                if (inFrame == frameSamples) {
                    endFrame();
                }
            }
        }

        private void segment(short[] values, int from, int length) {
            int begin = from * channels;
            int end = begin + length * channels;
            long sum = 0;
            int loudest = 0;
            for (int i = begin; i < end; i++) {
                int s = values[i];
                sum += s * s;
                loudest = Math.max(loudest, Math.abs(s));
            }
            power += sum;
            if (activePlateaus > 0 || loudest >= PLATEAU_LEVEL) {
                plateaus(values, from, length);
            }
            dead(values, from, length);
            sample += length;
        }

        /**
         * Silence that starts and ends inside one segment is shorter than the segment, so too short to be a
         * dropout: only the first and the last sound of the segment matter.
         */
        private void dead(short[] values, int from, int length) {
            int first = 0;
            while (first < length && silent(values, from + first)) {
                first++;
            }
            if (first == length) {
                if (deadStart < 0) {
                    deadStart = sample;
                }
                return;
            }
            if (deadStart >= 0) {
                addRun(dead, deadStart, sample + first, minDeadSamples);
                deadStart = -1;
            }
            int last = length - 1;
            while (silent(values, from + last)) {
                last--;
            }
            if (last < length - 1) {
                deadStart = sample + last + 1;
            }
        }

        private boolean silent(short[] values, int at) {
            for (int c = 0, i = at * channels; c < channels; c++, i++) {
                if (Math.abs(values[i]) > DEAD_LEVEL) {
                    return false;
                }
            }
            return true;
        }

        private void plateaus(short[] values, int from, int length) {
            for (int k = 0; k < length; k++) {
                long at = sample + k;
                for (int c = 0, i = (from + k) * channels; c < channels; c++, i++) {
                    int s = values[i];
                    if (plateauStart[c] >= 0 && Math.abs(s - plateauLevel[c]) > PLATEAU_RIPPLE) {
                        addPlateau(clips, plateauStart[c], at, minPlateauSamples);
                        plateauStart[c] = -1;
                        activePlateaus--;
                    }
                    if (plateauStart[c] < 0 && Math.abs(s) >= PLATEAU_LEVEL) {
                        plateauStart[c] = at;
                        plateauLevel[c] = s;
                        activePlateaus++;
                    }
                }
            }
        }

        private void endFrame() {
            if (frames == db.length) {
                db = Arrays.copyOf(db, frames * 2);
            }
            db[frames++] = toDb(power, inFrame);
            power = 0;
            inFrame = 0;
        }

        AudioLevels finish() {
            if (inFrame > 0) {
                endFrame();
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
