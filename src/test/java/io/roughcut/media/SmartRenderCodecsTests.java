package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.FramePictures;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The smart render of what normalised recordings hold: H.264 without B-frames (phones, screen recorders),
 * with one, with a B-pyramid, at 29.97 fps, and HEVC. The joins must keep decode times rising, and every
 * frame must decode and be the recording's.
 */
class SmartRenderCodecsTests {

    @TempDir
    Path dir;

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("H.264 without B-frames", "30", List.of("-c:v", "libx264", "-preset", "veryfast", "-bf", "0")),
                Arguments.of("H.264 with one B-frame", "30", List.of("-c:v", "libx264", "-preset", "veryfast", "-bf", "1")),
                Arguments.of("H.264 at 29.97 with a B-pyramid", "30000/1001",
                        List.of("-c:v", "libx264", "-preset", "medium")),
                Arguments.of("HEVC", "25", List.of("-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void joinsCleanly(String name, String rate, List<String> codec) {
        String[] args = Stream.concat(Stream.of("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=" + rate + ":duration=6",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=6", "-g", "25", "-keyint_min", "25",
                "-sc_threshold", "0", "-pix_fmt", "yuv420p", "-c:a", "aac"), codec.stream()).toArray(String[]::new);
        Path source = TestMedia.generate(dir.resolve("source.mp4"), args);
        Path out = dir.resolve("cut.mp4");

        RenderPlan plan = new SmartRenderer(TestMedia.ffmpeg()).render(source,
                List.of(new KeptRange(0, 1.5), new KeptRange(2.2, 6.0)), out, p -> { });

        assertThat(plan.copiedSeconds()).as("some GOPs are copied").isPositive();
        assertThat(TestMedia.ffmpeg().ffmpeg(List.of("-v", "error", "-i", out.toString(), "-f", "null", "-"),
                Duration.ofMinutes(1)).stderrTail()).as("decoding every frame").isBlank();
        List<double[]> packets = TestMedia.ffmpeg().ffprobe(List.of("-select_streams", "v:0", "-show_entries",
                "packet=pts_time,dts_time", "-of", "csv=p=0", out.toString()), Duration.ofMinutes(1)).stdout().lines()
                .filter(l -> !l.isBlank()).map(l -> l.split(","))
                .map(p -> new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])}).toList();
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i)[1]).as("decode time of packet %d", i).isGreaterThan(packets.get(i - 1)[1]);
            assertThat(packets.get(i)[0]).as("packet %d is shown no earlier than decoded", i)
                    .isGreaterThanOrEqualTo(packets.get(i)[1]);
        }
        double fps = rate.equals("30000/1001") ? 30000 / 1001.0 : Double.parseDouble(rate);
        long expected = Math.round(1.5 * fps) + Math.round(6 * fps) - Math.round(2.2 * fps);
        assertThat(packets).as("frames").hasSize((int) expected);
        long firstOfSecond = Math.round(1.5 * fps);
        long sourceFrame = Math.round(2.2 * fps);
        assertThat(FramePictures.nearest(out, firstOfSecond, source, sourceFrame)).isEqualTo(sourceFrame);
        assertThat(FramePictures.nearest(out, firstOfSecond + 20, source, sourceFrame + 20)).isEqualTo(sourceFrame + 20);
    }
}
