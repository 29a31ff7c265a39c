package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FfmpegToolsTests {

    @TempDir
    Path dir;

    @Test
    void theBundledFfmpegLoadsThePulseAudioStandInAndItsOwnLibrariesNotTheSystemOnes() throws Exception {
        FfmpegTools tools = FfmpegTools.fromEnvironment(Map.of("LD_LIBRARY_PATH", "/opt/elsewhere"), null);
        String[] path = tools.environment().get("LD_LIBRARY_PATH").split(":");
        String stubDir = path[0];
        String bundleDir = tools.ffmpeg().getParent().toString();
        assertThat(Path.of(stubDir).resolve("libpulse.so.0")).isRegularFile();
        assertThat(path).as("the stand-in, the bundle, then what was there").containsExactly(stubDir, bundleDir, "/opt/elsewhere");

        ProcessBuilder builder = new ProcessBuilder(tools.ffmpeg().toString(), "-hide_banner", "-nostdin", "-re",
                "-f", "lavfi", "-i", "sine=duration=20", "-f", "null", "-").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(tools.environment());
        Process ffmpeg = builder.start();
        try {
            String maps = "";
            for (int i = 0; i < 100 && !maps.contains("libpulse"); i++) {
                Thread.sleep(50);
                maps = Files.readString(Path.of("/proc/" + ffmpeg.pid() + "/maps"));
            }
            assertThat(maps.lines().filter(line -> line.contains("libpulse.so.0")))
                    .isNotEmpty().allMatch(line -> line.contains(stubDir));
            // libavutil needs libva; a fresh machine has none, so the bundle's own copy must be the one loaded.
            assertThat(maps.lines().filter(line -> line.contains("libva.so.2")))
                    .isNotEmpty().allMatch(line -> line.contains(bundleDir));
        } finally {
            ffmpeg.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSystemFfmpegRunsWithTheEnvironmentAsItIs() throws Exception {
        Path ffmpeg = Files.createFile(dir.resolve("ffmpeg"));
        Path ffprobe = Files.createFile(dir.resolve("ffprobe"));
        ffmpeg.toFile().setExecutable(true);
        ffprobe.toFile().setExecutable(true);

        FfmpegTools tools = FfmpegTools.fromEnvironment(Map.of("FFMPEG_PATH", ffmpeg.toString()), null);

        assertThat(tools.ffmpeg()).isEqualTo(ffmpeg);
        assertThat(tools.ffprobe()).as("found beside ffmpeg").isEqualTo(ffprobe);
        assertThat(tools.environment()).isEmpty();
    }

    @Test
    void aPathThatIsNotAProgramIsNamedWithTheVariableToFix() {
        Path missing = dir.resolve("no-ffmpeg-here");
        assertThatThrownBy(() -> FfmpegTools.fromEnvironment(Map.of("FFMPEG_PATH", missing.toString()), null))
                .isInstanceOf(FfmpegException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("FFMPEG_PATH");
    }
}
