package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PcmMeter} skips what cannot change a result; this checks it against the plain definition, a meter
 * that looks at every sample of every channel, on random sound full of what it looks for: digital silence
 * of every length around 10 ms, clipped bursts, quiet noise and speech-like levels, read in pieces of any size.
 */
class PcmMeterReferenceTests {

    @ParameterizedTest
    @CsvSource({"48000, 1, 1", "48000, 2, 2", "44100, 2, 3", "8000, 1, 4", "22050, 1, 5", "50, 1, 6"})
    void findsWhatASampleBySampleMeterFinds(int rate, int channels, long seed) throws IOException {
        short[] samples = randomSound(new Random(seed), rate, channels, 20);
        byte[] bytes = PcmMeterTests.bytes(samples);

        AudioLevels fast = new PcmMeter(rate, channels).read(inPieces(bytes, new Random(seed)));
        AudioLevels reference = reference(samples, rate, channels);

        assertThat(fast.frames()).isEqualTo(reference.frames());
        assertThat(Arrays.copyOf(fast.frameDb(), fast.frames()))
                .isEqualTo(Arrays.copyOf(reference.frameDb(), reference.frames()));
        assertThat(fast.deadRuns()).isEqualTo(reference.deadRuns()).isNotEmpty();
        assertThat(fast.clipRuns()).isEqualTo(reference.clipRuns());
        assertThat(fast.durationSeconds()).isEqualTo(reference.durationSeconds());
        if (rate >= 8000) {
            assertThat(reference.clipRuns()).isNotEmpty();
        }
    }

    /** Stretches of 1 to 40 ms: digital zero or one LSB, quiet noise, speech-like tones, clipped tones. */
    private static short[] randomSound(Random random, int rate, int channels, int seconds) {
        short[] out = new short[rate * seconds * channels];
        int i = 0;
        while (i < out.length) {
            int kind = random.nextInt(5);
            int length = Math.max(1, (int) (rate * (0.001 + random.nextDouble() * 0.04))) * channels;
            boolean oneChannelOnly = random.nextInt(4) == 0;
            for (int k = 0; k < length && i < out.length; k++, i++) {
                int channel = i % channels;
                double t = (double) (i / channels) / rate;
                double tone = Math.sin(2 * Math.PI * 180 * t);
                int s = switch (kind) {
                    case 0 -> random.nextInt(3) - 1;
                    case 1 -> random.nextInt(61) - 30;
                    case 2 -> (int) Math.round(tone * 9000) + random.nextInt(21) - 10;
                    case 3 -> (int) Math.round(Math.max(-0.95, Math.min(0.95, 2 * tone)) * 32767) + random.nextInt(3) - 1;
                    default -> channel == 0 || !oneChannelOnly ? (int) Math.round(tone * 32000) : 0;
                };
                out[i] = (short) s;
            }
        }
        return out;
    }

    /** The definition, one sample-frame at a time, as the meter was first written. */
    private static AudioLevels reference(short[] samples, int rate, int channels) {
        int frameSamples = Math.max(1, Math.round(rate / 100f));
        long minDead = Math.round(0.01 * rate);
        long minPlateau = Math.max(3, Math.round(0.0005 * rate));
        int[] level = new int[channels];
        long[] plateauStart = new long[channels];
        Arrays.fill(plateauStart, -1);
        List<Float> db = new ArrayList<>();
        List<Interval> clips = new ArrayList<>();
        List<Interval> dead = new ArrayList<>();
        long power = 0;
        int inFrame = 0;
        long deadStart = -1;
        long count = samples.length / channels;
        for (long n = 0; n < count; n++) {
            boolean silent = true;
            for (int c = 0; c < channels; c++) {
                int s = samples[(int) n * channels + c];
                power += (long) s * s;
                silent &= Math.abs(s) <= 1;
                if (plateauStart[c] >= 0 && Math.abs(s - level[c]) > 164) {
                    plateau(clips, plateauStart[c], n, minPlateau, rate);
                    plateauStart[c] = -1;
                }
                if (plateauStart[c] < 0 && Math.abs(s) >= 16384) {
                    plateauStart[c] = n;
                    level[c] = s;
                }
            }
            if (silent) {
                deadStart = deadStart < 0 ? n : deadStart;
            } else if (deadStart >= 0) {
                run(dead, deadStart, n, minDead, rate);
                deadStart = -1;
            }
            if (++inFrame == frameSamples) {
                db.add(toDb(power, inFrame, channels));
                power = 0;
                inFrame = 0;
            }
        }
        if (inFrame > 0) {
            db.add(toDb(power, inFrame, channels));
        }
        for (long start : plateauStart) {
            if (start >= 0) {
                plateau(clips, start, count, minPlateau, rate);
            }
        }
        if (deadStart >= 0) {
            run(dead, deadStart, count, minDead, rate);
        }
        float[] levels = new float[db.size()];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = db.get(k);
        }
        return new AudioLevels((double) frameSamples / rate, levels, levels.length, dead, clips, (double) count / rate);
    }

    private static float toDb(long power, int samples, int channels) {
        if (power == 0) {
            return PcmMeter.SILENT_DB;
        }
        double meanSquare = (double) power / ((long) samples * channels);
        return (float) Math.max(PcmMeter.SILENT_DB, 10 * Math.log10(meanSquare / (32768.0 * 32768.0)));
    }

    private static void plateau(List<Interval> clips, long from, long to, long min, int rate) {
        if (to - from >= min) {
            Interval.append(clips, new Interval((double) from / rate, (double) to / rate), 0.02);
        }
    }

    private static void run(List<Interval> runs, long from, long to, long min, int rate) {
        if (to - from >= min) {
            runs.add(new Interval((double) from / rate, (double) to / rate));
        }
    }

    /** A pipe hands over any number of bytes, even half a sample. */
    private static InputStream inPieces(byte[] data, Random random) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(5000)));
            }
        };
    }
}
