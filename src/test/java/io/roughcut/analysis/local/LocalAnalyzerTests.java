package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAnalyzerTests {

    @TempDir
    Path dir;

    private final LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    @Test
    void itIsCalledLocal() {
        assertThat(analyzer.name()).isEqualTo("local");
    }

    @Test
    void aBrokenChunkFileIsAnAnalysisErrorThatNamesTheFile() throws IOException {
        Path good = TalkMedia.of(2).speech(0, 1).write(dir, "good.mp4");
        MediaInfo info = TalkMedia.info(good);
        Path broken = Files.write(dir.resolve("chunk-3.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 1, 2, 3});
        ChunkInput chunk = new ChunkInput(broken, new PlannedChunk(3, 6, 8, 8, 11), 5, info,
                new RecordingProfile(-70, -12));

        assertThatThrownBy(() -> analyzer.analyze(chunk))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("chunk-3.mp4");
    }

    @Test
    void settingsRefuseAMarginThatWouldSwallowTheMinimumPause() {
        assertThatThrownBy(() -> LocalSettings.DEFAULT.withMinPauseSeconds(0.4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("margin");
    }
}
