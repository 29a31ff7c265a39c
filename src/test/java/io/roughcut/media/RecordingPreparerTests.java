package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingPreparerTests {

    @TempDir
    Path dir;

    private final RecordingPreparer preparer = new RecordingPreparer(TestMedia.ffmpeg(),
            new PreparationSettings(MediaProbe.DEFAULT_MAX_BYTES, new NormalizerSettings("ultrafast",
                    NormalizerSettings.DEFAULT.timeout()), 2));

    @Test
    void takesAMovWithPcmAudioToChunks() {
        Path mov = TestMedia.generate(dir.resolve("talk.mov"), "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000", "-t", "5", "-c:v", "libx264",
                "-preset", "veryfast", "-g", "30", "-pix_fmt", "yuv420p", "-c:a", "pcm_s16le");
        List<String> events = new CopyOnWriteArrayList<>();

        PreparedRecording prepared = preparer.prepare(mov, dir.resolve("job"),
                new ChunkLimits(150_000, Double.POSITIVE_INFINITY, 0),
                (stage, fraction) -> events.add(stage + ":" + fraction));

        assertThat(prepared.source().container()).isEqualTo(Container.MOV);
        assertThat(prepared.normalized().normalization()).isEqualTo(Normalization.AUDIO_TRANSCODE);
        assertThat(prepared.normalized().file()).isEqualTo(dir.resolve("job").resolve(Normalizer.OUTPUT_NAME));
        assertThat(prepared.chunks()).hasSizeGreaterThan(1).hasSize(prepared.plan().size());
        assertThat(prepared.chunks()).allSatisfy(c -> {
            assertThat(c.file()).exists().hasParent(dir.resolve("job").resolve(RecordingPreparer.CHUNK_DIR));
            assertThat(c.sizeBytes()).isLessThanOrEqualTo(150_000);
        });
        assertThat(events).startsWith("PROBE:0.0", "PROBE:1.0", "NORMALIZE:0.0").endsWith("CUT:1.0");
        assertThat(events.stream().map(e -> e.substring(0, e.indexOf(':'))).distinct())
                .containsExactly("PROBE", "NORMALIZE", "PLAN", "CUT");
    }

    @Test
    void stopsAtProbingABadFile() {
        Path text = MediaSamples.write(dir.resolve("notes.mov"), "not a video".getBytes());

        assertThatThrownBy(() -> preparer.prepare(text, dir.resolve("job"), ChunkLimits.DEFAULT, PreparationListener.NONE))
                .isInstanceOf(UnsupportedMediaException.class);
        assertThat(dir.resolve("job")).doesNotExist();
    }
}
