package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegRunnerTests {

    private final FfmpegRunner ffmpeg = TestMedia.ffmpeg();

    @TempDir
    Path dir;

    @Test
    void aFileNameIsNeverReadByAShell() throws Exception {
        // A shell would run these touches in the working directory.
        Path marker = Path.of("pwned-by-a-file-name");
        Path hostile = dir.resolve("talk $(touch " + marker + ") `touch " + marker + "`; touch " + marker + " #.mp4");

        TestMedia.generate(hostile, "-f", "lavfi", "-i", "testsrc2=size=64x64:rate=10:duration=1", "-c:v", "libx264");

        assertThat(hostile).exists();
        assertThat(marker).doesNotExist();
    }

    @Test
    void anOutputOnAFullDiskSaysSoAndIsTheServersFault() {
        // Linux's /dev/full fails every write with ENOSPC, as a full disk does; FFmpeg then exits with 228.
        assertThatThrownBy(() -> ffmpeg.ffmpeg(List.of("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10", "-t", "2",
                "-c:v", "libx264", "-f", "mpegts", "/dev/full"), Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(FfmpegException.class, e -> {
                    assertThat(e.fault()).isEqualTo(io.roughcut.Fault.STORAGE_FULL);
                    assertThat(e.getMessage()).contains("disk is full").doesNotContain("exit code 228");
                });
    }

    @Test
    void reportsProgressInSecondsOfOutput() {
        List<Double> seen = new ArrayList<>();
        ffmpeg.ffmpeg(List.of("-f", "lavfi", "-i", "sine=duration=3", "-f", "null", "-"), Duration.ofSeconds(30),
                seen::add);
        assertThat(seen).isNotEmpty().isSorted();
        assertThat(seen.getLast()).isBetween(2.9, 3.1);
    }

    @Test
    void aFailureCarriesFfmpegsOwnLastWords() {
        assertThatThrownBy(() -> ffmpeg.ffmpeg(List.of("-i", dir.resolve("missing.mp4").toString(), "-f", "null", "-"),
                Duration.ofSeconds(30)))
                .isInstanceOf(FfmpegException.class)
                .hasMessageContaining("exit code")
                .hasMessageContaining("No such file or directory");
    }

    @Test
    void aRunThatOutlivesItsTimeoutIsStopped() {
        assertThatThrownBy(() -> ffmpeg.ffmpeg(List.of("-re", "-f", "lavfi", "-i", "sine=duration=60", "-f", "null", "-"),
                Duration.ofMillis(700)))
                .isInstanceOf(FfmpegException.class)
                .hasMessageContaining("did not finish");
    }

    @Test
    void interruptingTheCallerKillsTheChild() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                ffmpeg.ffmpeg(List.of("-re", "-f", "lavfi", "-i", "sine=duration=60", "-f", "null", "-"),
                        Duration.ofMinutes(2));
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        // Wait until the child exists, then interrupt the thread that waits for it.
        ProcessHandle child = null;
        while (child == null) {
            child = ProcessHandle.current().children()
                    .filter(p -> p.info().command().orElse("").endsWith("ffmpeg")).findFirst().orElse(null);
            Thread.sleep(20);
        }
        thread.interrupt();
        Throwable thrown = outcome.get();
        assertThat(thrown).isInstanceOf(FfmpegException.class).hasMessageContaining("cancelled");
        // Without the kill, the child would play its 60 s of sine in real time.
        child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void streamsStdoutToTheReader() {
        long bytes = ffmpeg.ffmpegStream(List.of("-f", "lavfi", "-i", "sine=duration=1:sample_rate=8000",
                "-f", "s16le", "-ac", "1", "pipe:1"), Duration.ofSeconds(30), in -> in.readAllBytes().length);
        assertThat(bytes).isEqualTo(16_000);
    }
}
