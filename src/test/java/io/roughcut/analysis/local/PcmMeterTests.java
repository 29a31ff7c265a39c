package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PcmMeterTests {

    private static final int RATE = 8000;

    @Test
    void framesAreTenMillisecondsAndLevelsAreRmsInDbfs() throws IOException {
        // 0.1 s of a full-scale square wave (0 dBFS), then 0.1 s at a tenth of full scale (-20 dBFS), then zeros.
        short[] samples = new short[RATE * 3 / 10];
        for (int i = 0; i < RATE / 10; i++) {
            samples[i] = (short) (i % 2 == 0 ? 32767 : -32767);
            samples[RATE / 10 + i] = (short) (i % 2 == 0 ? 3277 : -3277);
        }

        AudioLevels levels = new PcmMeter(RATE, 1).read(oneByteAtATime(bytes(samples)));

        assertThat(levels.frameSeconds()).isEqualTo(0.01);
        assertThat(levels.frames()).isEqualTo(30);
        assertThat(levels.durationSeconds()).isCloseTo(0.3, within(1e-9));
        assertThat(levels.frameDb()[5]).isCloseTo(0f, within(0.01f));
        assertThat(levels.frameDb()[15]).isCloseTo(-20f, within(0.01f));
        assertThat(levels.frameDb()[25]).isEqualTo(PcmMeter.SILENT_DB);
        assertThat(levels.deadRuns()).containsExactly(new Interval(0.2, 0.3));
    }

    @Test
    void aFlatTopIsClippingAndAPeakOfASineIsNot() throws IOException {
        short[] samples = new short[RATE];
        for (int i = 0; i < RATE; i++) {
            double sine = 0.95 * Math.sin(2 * Math.PI * 200 * i / RATE);
            // From 0.5 s on the same sine, driven twice as hard into a limit near 95% of full scale.
            double driven = i >= RATE / 2 ? Math.max(-0.95, Math.min(0.95, 2 * sine)) : sine;
            samples[i] = (short) Math.round(driven * 32767);
        }

        AudioLevels levels = new PcmMeter(RATE, 1).read(new ByteArrayInputStream(bytes(samples)));

        // One plateau every half period, joined into one stretch.
        assertThat(levels.clipRuns()).singleElement().satisfies(run -> {
            assertThat(run.start()).isCloseTo(0.5, within(0.005));
            assertThat(run.end()).isCloseTo(1.0, within(0.005));
        });
        assertThat(levels.deadRuns()).isEmpty();
    }

    @Test
    void stereoLevelsArePowerAveragedOverChannels() throws IOException {
        // Left full scale, right silent: half the power, -3 dBFS.
        short[] samples = new short[2 * RATE / 100];
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (short) ((i / 2) % 2 == 0 ? 32767 : -32767);
        }

        AudioLevels levels = new PcmMeter(RATE, 2).read(new ByteArrayInputStream(bytes(samples)));

        assertThat(levels.frames()).isEqualTo(1);
        assertThat(levels.frameDb()[0]).isCloseTo(-3.01f, within(0.01f));
    }

    static byte[] bytes(short[] samples) {
        byte[] out = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            out[2 * i] = (byte) samples[i];
            out[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return out;
    }

    /** A pipe may hand over any number of bytes, even half a sample. */
    private static InputStream oneByteAtATime(byte[] data) {
        return new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(1, len));
            }
        };
    }
}
