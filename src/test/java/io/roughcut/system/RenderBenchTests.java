package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.media.KeptRange;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderBenchTests {

    @TempDir
    Path dir;

    @Test
    void theFullReencodeSelectsExactlyTheKeptFramesOfAnHoursManyRanges() throws IOException {
        // 150 ranges, more than FFmpeg's parser takes in one chain; each holds one frame of a 20 fps picture.
        List<KeptRange> kept = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            kept.add(new KeptRange(i * 0.1, i * 0.1 + 0.025));
        }
        Path frames = dir.resolve("frames.txt");
        TestMedia.ffmpeg().ffmpeg(List.of("-f", "lavfi", "-i", "testsrc2=s=64x48:r=20:d=16",
                "-vf", "select='" + RenderBench.anyOf(kept) + "'", "-fps_mode", "passthrough", "-f", "framecrc",
                frames.toString()), Duration.ofMinutes(1));

        // framecrc lines are "stream, dts, pts, duration, size, crc", times in frames of 1/20 s.
        List<Integer> pts = Files.readAllLines(frames).stream().filter(l -> !l.startsWith("#"))
                .map(l -> Integer.parseInt(l.split(",")[2].trim())).toList();
        assertThat(pts).isEqualTo(IntStream.range(0, 150).map(i -> 2 * i).boxed().toList());
    }

    @Test
    void talkCutsOfAnHourKeepMoreRangesThanOneChainCouldHold() {
        assertThat(RenderBench.talkCuts(3600)).hasSizeGreaterThan(100);
    }
}
