package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioSplicerTests {

    /** Mono PCM whose sample n holds n (mod 32000), so the output says which source sample it came from. */
    private static byte[] countingPcm(int samples) {
        byte[] pcm = new byte[samples * 2];
        for (int n = 0; n < samples; n++) {
            short v = (short) (n % 32000);
            pcm[2 * n] = (byte) v;
            pcm[2 * n + 1] = (byte) (v >> 8);
        }
        return pcm;
    }

    private static short[] splice(AudioSplicer splicer, byte[] pcm) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        splicer.splice(new ByteArrayInputStream(pcm), out);
        byte[] bytes = out.toByteArray();
        short[] samples = new short[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
        }
        return samples;
    }

    @Test
    void anHourWithFourHundredCutsEndsWithinASampleOfThePicture() {
        // 400 kept parts of 7.0 to 9.5 s, cut apart by 0.4 s, on the 29.97 fps frame grid: durations that are
        // never whole samples, so per-part rounding would drift by hundreds of samples.
        double frame = 1001 / 30000.0;
        List<RenderPlan.Piece> pieces = new ArrayList<>();
        double source = 0;
        for (int i = 0; i < 400; i++) {
            int frames = 210 + (i * 37) % 75;
            double start = Math.round(source / frame) * frame;
            double end = start + frames * frame;
            pieces.add(new RenderPlan.Piece(RenderPlan.Kind.COPY, start, end, start, end, frames, i < 399));
            source = end + 0.4;
        }
        RenderPlan plan = new RenderPlan(pieces, 48000);

        AudioSplicer splicer = AudioSplicer.of(plan, 48000, 2, 0.005);

        assertThat(plan.durationSeconds()).isGreaterThan(3300);
        assertThat(splicer.length()).as("samples of sound for %.3f s of picture", plan.durationSeconds())
                .isEqualTo(Math.round(plan.durationSeconds() * 48000));
    }

    @Test
    void eachPartIsTheSourcesSamplesAndTheCutsAreFadedAcrossWithoutChangingTheLength() throws IOException {
        List<AudioSplicer.Part> parts = List.of(new AudioSplicer.Part(100, 1000), new AudioSplicer.Part(2000, 500),
                new AudioSplicer.Part(5000, 800));

        short[] hard = splice(new AudioSplicer(parts, 1, 0), countingPcm(10_000));
        short[] faded = splice(new AudioSplicer(parts, 1, 24), countingPcm(10_000));

        assertThat(hard).hasSize(2300);
        assertThat(faded).hasSize(2300);
        assertThat(hard[0]).isEqualTo((short) 100);
        assertThat(hard[999]).isEqualTo((short) 1099);
        assertThat(hard[1000]).isEqualTo((short) 2000);
        assertThat(hard[1500]).isEqualTo((short) 5000);
        assertThat(hard[2299]).isEqualTo((short) 5799);
        // Away from the cuts the faded sound is the same; at a cut it moves from one side to the other.
        assertThat(faded[900]).isEqualTo((short) 1000);
        assertThat(faded[1100]).isEqualTo((short) 2100);
        assertThat(faded[1000 - 25]).isEqualTo((short) 1075);
        assertThat(faded[1000 + 24]).isEqualTo((short) 2024);
    }

    @Test
    void aCutBetweenTwoLevelsJumpsWithoutAFadeAndGlidesWithOne() throws IOException {
        byte[] pcm = new byte[4000 * 2];
        for (int n = 0; n < 4000; n++) {
            short v = (short) (n < 2000 ? 8000 : -8000);
            pcm[2 * n] = (byte) v;
            pcm[2 * n + 1] = (byte) (v >> 8);
        }
        List<AudioSplicer.Part> parts = List.of(new AudioSplicer.Part(0, 1000), new AudioSplicer.Part(3000, 1000));

        assertThat(largestStep(splice(new AudioSplicer(parts, 1, 0), pcm))).as("a hard cut clicks").isEqualTo(16000);
        assertThat(largestStep(splice(new AudioSplicer(parts, 1, 120), pcm))).as("a 5 ms fade at 48 kHz")
                .isLessThan(300);
    }

    private static int largestStep(short[] samples) {
        int largest = 0;
        for (int i = 1; i < samples.length; i++) {
            largest = Math.max(largest, Math.abs(samples[i] - samples[i - 1]));
        }
        return largest;
    }

    @Test
    void aCutShorterThanTheFadeFadesLessAndSoundMissingAtTheEndIsSilence() throws IOException {
        List<AudioSplicer.Part> parts = List.of(new AudioSplicer.Part(0, 100), new AudioSplicer.Part(110, 200));

        short[] out = splice(new AudioSplicer(parts, 1, 50), countingPcm(250));

        assertThat(out).hasSize(300);
        assertThat(out[0]).isEqualTo((short) 0);
        assertThat(out[299]).as("past the recording's 250 samples").isZero();
    }

    @Test
    void stereoFramesStayTogether() throws IOException {
        byte[] pcm = countingPcm(2000);

        short[] out = splice(new AudioSplicer(List.of(new AudioSplicer.Part(10, 100), new AudioSplicer.Part(500, 100)),
                2, 0), pcm);

        assertThat(out).hasSize(400);
        assertThat(out[0]).isEqualTo((short) 20);
        assertThat(out[1]).isEqualTo((short) 21);
        assertThat(out[200]).isEqualTo((short) 1000);
    }
}
