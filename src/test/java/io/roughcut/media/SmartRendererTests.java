package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.testing.FramePictures;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smart render of a generated 12 s talk with B-frames and a keyframe every 2 s, a 233 Hz tone throughout
 * (so a hard cut would click) and, at 10.5 s, a white flash with a 1 kHz beep: cutting 2.5-3.1 and 7.0-7.7
 * keeps 10.7 s, and the flash and beep must come out together at 9.2 s.
 */
class SmartRendererTests {

    private static final double FLASH = 10.5;
    private static final List<KeptRange> KEPT = List.of(new KeptRange(0, 2.5), new KeptRange(3.1, 7.0),
            new KeptRange(7.7, 12.0));
    private static final double REMOVED = 0.6 + 0.7;

    @TempDir
    static Path dir;
    static Path talk;
    static Path rendered;
    static RenderPlan plan;
    static final List<Double> progress = new ArrayList<>();

    @BeforeAll
    static void render() {
        talk = TestMedia.generate(dir.resolve("talk.mp4"), "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30:duration=12",
                "-f", "lavfi", "-i", "aevalsrc='0.3*sin(2*PI*233*t)+if(between(t," + FLASH + "," + (FLASH + 0.1)
                        + "),0.6*sin(2*PI*1000*t),0)':s=48000:d=12",
                "-vf", "drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='between(t," + FLASH + "," + (FLASH + 0.09) + ")'",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "60", "-keyint_min", "60", "-sc_threshold", "0",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "192k", "-ac", "2");
        rendered = dir.resolve("out/talk-cut.mp4");
        plan = new SmartRenderer(TestMedia.ffmpeg()).render(talk, KEPT, rendered, progress::add);
    }

    @Test
    void copiesTheWholeGopsAndEncodesOnlyAroundTheCuts() {
        assertThat(plan.pieces()).extracting(RenderPlan.Piece::kind).containsExactly(RenderPlan.Kind.COPY,
                RenderPlan.Kind.ENCODE, RenderPlan.Kind.ENCODE, RenderPlan.Kind.COPY, RenderPlan.Kind.ENCODE,
                RenderPlan.Kind.ENCODE, RenderPlan.Kind.COPY);
        assertThat(plan.copiedSeconds()).as("0-2, 4-6 and 8-12").isCloseTo(8.0, within(1e-6));
        assertThat(plan.encodedSeconds()).isCloseTo(12 - REMOVED - 8.0, within(1e-6));
        assertThat(progress).isSorted().startsWith(0.0).endsWith(1.0);
        assertThat(rendered.getParent()).as("the scratch pieces are gone").isDirectoryContaining("glob:**talk-cut.mp4")
                .satisfies(d -> assertThat(d.toFile().list()).hasSize(1));
    }

    @Test
    void lastsTheKeptTimeToTheFrameAndDecodesWithoutAnError() {
        assertThat(count("v:0", "nb_read_frames")).as("frames: 10.7 s at 30 fps").isEqualTo(321);
        assertThat(Double.parseDouble(streamField("v:0", "duration"))).isCloseTo(10.7, within(0.5 / 30));
        assertThat(Double.parseDouble(streamField("a:0", "duration"))).as("the sound lasts as long")
                .isCloseTo(10.7, within(1024 / 48000.0));
        FfmpegResult decode = TestMedia.ffmpeg().ffmpeg(List.of("-v", "error", "-i", rendered.toString(),
                "-f", "null", "-"), Duration.ofMinutes(1));
        assertThat(decode.stderrTail()).as("FFmpeg's complaints decoding every frame").isBlank();
        assertThat(streamField("v:0", "codec_name")).isEqualTo("h264");
    }

    @Test
    void everyFrameIsTheRecordingsFrameItStandsFor() {
        // Output frame -> recording frame: 0-74 are 0-74, 75-191 are 93-209, 192-320 are 231-359.
        long[][] samples = {{10, 10}, {70, 70}, {74, 74}, {75, 93}, {110, 128}, {165, 183}, {191, 209}, {192, 231},
                {200, 239}, {300, 339}};
        for (long[] s : samples) {
            assertThat(FramePictures.nearest(rendered, s[0], talk, s[1])).as("output frame %d", s[0]).isEqualTo(s[1]);
        }
    }

    @Test
    void theFlashAndTheBeepNearTheEndStayTogether() {
        double flash = firstBrightFrame() / 30.0;
        double beep = firstLoudSample() / 48000.0;

        assertThat(flash).as("the flash, 1.3 s earlier than in the recording").isCloseTo(FLASH - REMOVED, within(0.5 / 30));
        assertThat(beep - flash).as("the beep against the flash, in seconds").isCloseTo(0, within(1024 / 48000.0));
    }

    @Test
    void theSoundIsCrossFadedAtEachCutInsteadOfClicking() throws IOException {
        Path hard = dir.resolve("hard.mp4");
        new SmartRenderer(TestMedia.ffmpeg(), RenderSettings.DEFAULT.withCrossfade(0)).render(talk, KEPT, hard, p -> { });

        double cut = 2.5;
        double faded = largestStep(rendered, cut);
        double clicked = largestStep(hard, cut);
        // The tone itself changes by at most 0.3 * 2 pi * 233 / 48000 = 0.009 from one sample to the next.
        assertThat(faded).as("with a 5 ms cross-fade, as smooth as the tone").isLessThan(0.02);
        assertThat(clicked).as("a hard cut through the tone jumps").isGreaterThan(0.1);
    }

    @Test
    void nothingKeptIsAClearError() {
        assertThatThrownBy(() -> new SmartRenderer(TestMedia.ffmpeg()).render(talk, List.of(), dir.resolve("none.mp4"),
                p -> { })).isInstanceOf(RenderException.class).hasMessageContaining("Every part of talk.mp4 is cut");
        assertThat(dir.resolve("none.mp4")).doesNotExist();
    }

    private static long count(String stream, String field) {
        return Long.parseLong(TestMedia.ffmpeg().ffprobe(List.of("-select_streams", stream, "-count_frames",
                "-show_entries", "stream=" + field, "-of", "csv=p=0", rendered.toString()), Duration.ofMinutes(1))
                .stdout().strip());
    }

    private static String streamField(String stream, String field) {
        return TestMedia.ffmpeg().ffprobe(List.of("-select_streams", stream, "-show_entries", "stream=" + field,
                "-of", "csv=p=0", rendered.toString()), Duration.ofMinutes(1)).stdout().strip();
    }

    private static int firstBrightFrame() {
        byte[] lumas = TestMedia.ffmpeg().ffmpegStream(List.of("-v", "error", "-i", rendered.toString(),
                "-vf", "scale=1:1,format=gray", "-fps_mode", "passthrough", "-f", "rawvideo", "pipe:1"),
                Duration.ofMinutes(1), in -> in.readAllBytes());
        for (int i = 0; i < lumas.length; i++) {
            if ((lumas[i] & 0xFF) > 230) {
                return i;
            }
        }
        throw new AssertionError("no flash in the rendered video");
    }

    private static int firstLoudSample() {
        float[] samples = mono(rendered);
        for (int i = 0; i < samples.length; i++) {
            if (Math.abs(samples[i]) > 0.6) {
                return i;
            }
        }
        throw new AssertionError("no beep in the rendered sound");
    }

    /** The largest change from one sample to the next within 30 ms of output time {@code at}. */
    private static double largestStep(Path file, double at) {
        float[] samples = mono(file);
        int from = (int) ((at - 0.03) * 48000);
        int to = (int) ((at + 0.03) * 48000);
        double largest = 0;
        for (int i = from + 1; i < to; i++) {
            largest = Math.max(largest, Math.abs(samples[i] - samples[i - 1]));
        }
        return largest;
    }

    private static float[] mono(Path file) {
        byte[] bytes = TestMedia.ffmpeg().ffmpegStream(List.of("-v", "error", "-i", file.toString(), "-map", "0:a:0",
                "-af", "pan=mono|c0=c0", "-f", "f32le", "pipe:1"), Duration.ofMinutes(1), in -> in.readAllBytes());
        java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] samples = new float[floats.remaining()];
        floats.get(samples);
        return samples;
    }
}
