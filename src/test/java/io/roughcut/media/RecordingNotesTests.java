package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated MKV and AVI files and silent videos are noticed: real FFmpeg on generated files. */
class RecordingNotesTests {

    @TempDir
    Path dir;

    private final RecordingPreparer preparer = new RecordingPreparer(TestMedia.ffmpeg());

    @Test
    void aTruncatedMkvIsSaidToEndEarly() throws IOException {
        Path whole = TestMedia.generate(dir.resolve("whole.mkv"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10",
                "-f", "lavfi", "-i", "sine=frequency=440", "-t", "10", "-c:v", "libx264", "-g", "10", "-c:a", "aac");
        Path half = cutInHalf(whole, "lecture.mkv");

        PreparedRecording prepared = preparer.prepare(half, dir.resolve("job"), ChunkLimits.DEFAULT,
                PreparationListener.NONE);

        assertThat(prepared.source().durationSeconds()).as("the header still says 10 s").isGreaterThan(9);
        assertThat(RecordingNotes.of("lecture.mkv", prepared.source(), prepared.normalized().info()))
                .singleElement().asString().contains("lecture.mkv ends at 0:0", "0:10 long", "truncated");
    }

    @Test
    void aTruncatedAviIsSaidToEndEarly() throws IOException {
        Path whole = TestMedia.generate(dir.resolve("whole.avi"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10",
                "-f", "lavfi", "-i", "sine=frequency=440", "-t", "10", "-c:v", "mpeg4", "-c:a", "mp3");
        Path half = cutInHalf(whole, "lecture.avi");

        PreparedRecording prepared = preparer.prepare(half, dir.resolve("job"), ChunkLimits.DEFAULT,
                PreparationListener.NONE);

        assertThat(RecordingNotes.of("lecture.avi", prepared.source(), prepared.normalized().info()))
                .singleElement().asString().contains("lecture.avi ends at", "truncated");
    }

    @Test
    void aWholeRecordingWithSoundNeedsNoNoteAndASilentOneSaysSo() {
        Path talk = TestMedia.generate(dir.resolve("talk.mp4"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10",
                "-f", "lavfi", "-i", "sine=frequency=440", "-t", "4", "-c:v", "libx264", "-g", "10", "-c:a", "aac",
                "-shortest");
        PreparedRecording whole = preparer.prepare(talk, dir.resolve("a"), ChunkLimits.DEFAULT, PreparationListener.NONE);
        assertThat(RecordingNotes.of("talk.mp4", whole.source(), whole.normalized().info())).isEmpty();

        Path silent = TestMedia.generate(dir.resolve("screen.mp4"), "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=10", "-t", "4", "-c:v", "libx264", "-g", "10");
        PreparedRecording mute = preparer.prepare(silent, dir.resolve("b"), ChunkLimits.DEFAULT, PreparationListener.NONE);
        assertThat(RecordingNotes.of("screen.mp4", mute.source(), mute.normalized().info()))
                .singleElement().asString().contains("screen.mp4 has no sound", "no sound was analysed");
    }

    private Path cutInHalf(Path whole, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(dir.resolve(name), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }
}
