package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaProbeTests {

    @TempDir
    static Path dir;

    static Path mp4;

    private final MediaProbe probe = new MediaProbe(TestMedia.ffmpeg());

    @BeforeAll
    static void generate() {
        mp4 = MediaSamples.mp4H264Aac(dir, "talk.mp4", 2);
    }

    @Test
    void describesAnMp4() {
        MediaInfo info = probe.probe(mp4);

        assertThat(info.container()).isEqualTo(Container.MP4);
        assertThat(info.formatName()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(info.durationSeconds()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(info.sizeBytes()).isEqualTo(mp4.toFile().length());
        assertThat(info.video()).isEqualTo(new VideoStream("h264", 160, 120, new FrameRate(30, 1), "yuv420p"));
        assertThat(info.audio()).isEqualTo(new AudioStream("aac", 48000, 1));
    }

    @Test
    void readsTheStartTimecodeFromAQuickTimeTmcdTrackOrAMatroskaTag() {
        Path mov = TestMedia.generate(dir.resolve("camera.mov"), "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=30000/1001", "-t", "1", "-c:v", "libx264", "-preset", "ultrafast",
                "-timecode", "01:00:00;00");
        Path mkv = TestMedia.generate(dir.resolve("camera.mkv"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25",
                "-t", "1", "-c:v", "libx264", "-preset", "ultrafast", "-timecode", "10:00:00:00");

        assertThat(probe.probe(mov).startTimecode()).isEqualTo(new TimecodeFormat.Start(107_892,
                new TimecodeFormat(30, true)));
        assertThat(probe.probe(mkv).startTimecode()).isEqualTo(new TimecodeFormat.Start(900_000,
                new TimecodeFormat(25, false)));
        assertThat(probe.probe(mp4).startTimecode()).as("no timecode").isNull();
    }

    @Test
    void aVideoThatDroppedFramesHasAVariableRateSnappedToTheOneItsTimestampsCountIn() {
        Path vfr = TestMedia.generate(dir.resolve("phone.mp4"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=30",
                "-t", "2", "-vf", "select='lt(mod(n\\,10)\\,7)'", "-fps_mode", "vfr", "-c:v", "libx264",
                "-preset", "ultrafast");

        VideoStream video = probe.probe(vfr).video();

        assertThat(video.variableFrameRate()).isTrue();
        assertThat(video.frameRate().fps()).as("7 of every 10 frames of 30").isBetween(20.0, 23.0);
        assertThat(video.editRate()).isEqualTo(new FrameRate(30, 1));
        assertThat(probe.probe(mp4).video().variableFrameRate()).isFalse();
    }

    @Test
    void listsEveryAudioStream() {
        Path twoTracks = TestMedia.generate(dir.resolve("two-tracks.mkv"), "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=25", "-f", "lavfi", "-i", "sine=frequency=440", "-f", "lavfi", "-i",
                "sine=frequency=220", "-t", "1", "-map", "0", "-map", "1", "-map", "2", "-c:v", "libx264",
                "-preset", "ultrafast", "-c:a", "aac", "-ac:a:0", "2", "-ac:a:1", "1");

        MediaInfo info = probe.probe(twoTracks);

        assertThat(info.audioStreams()).extracting(AudioStream::channels).containsExactly(2, 1);
        assertThat(info.audio()).isEqualTo(info.audioStreams().getFirst());
    }

    @Test
    void recognisesEachContainerByContent() {
        assertThat(probe.probe(MediaSamples.movH264Pcm(dir)).container()).isEqualTo(Container.MOV);
        assertThat(probe.probe(MediaSamples.m4vH264Aac(dir)).container()).isEqualTo(Container.M4V);
        assertThat(probe.probe(MediaSamples.mkvH264Aac(dir)).container()).isEqualTo(Container.MKV);
        assertThat(probe.probe(MediaSamples.webmVp9Opus(dir)).container()).isEqualTo(Container.WEBM);
        assertThat(probe.probe(MediaSamples.aviMpeg4Mp3(dir)).container()).isEqualTo(Container.AVI);
    }

    @Test
    void aMatroskaFileNamedWebmIsStillMkvWhenItHoldsH264() throws Exception {
        Path disguised = Files.copy(MediaSamples.mkvH264Opus(dir), dir.resolve("not-really.webm"));

        assertThat(probe.probe(disguised).container()).isEqualTo(Container.MKV);
    }

    @Test
    void acceptsAVideoWithoutAudio() {
        MediaInfo info = probe.probe(MediaSamples.mp4WithoutAudio(dir));

        assertThat(info.hasAudio()).isFalse();
        assertThat(info.video().codec()).isEqualTo("h264");
    }

    @Test
    void rejectsAudioOnlyContainersAndFilesThatAreNotVideo() {
        assertThatThrownBy(() -> probe.probe(MediaSamples.wav(dir)))
                .isInstanceOf(UnsupportedMediaException.class).hasMessageContaining("wav").hasMessageContaining("Upload");
        assertThatThrownBy(() -> probe.probe(MediaSamples.m4aAudioOnly(dir)))
                .isInstanceOf(UnsupportedMediaException.class).hasMessageContaining("no video stream");
        assertThatThrownBy(() -> probe.probe(MediaSamples.pngNamedMp4(dir)))
                .isInstanceOf(UnsupportedMediaException.class).hasMessageContaining("not a supported video");
        Path text = MediaSamples.write(dir.resolve("notes.mp4"), "just some notes\n".getBytes());
        assertThatThrownBy(() -> probe.probe(text))
                .isInstanceOf(UnsupportedMediaException.class).hasMessageContaining("not a video file");
    }

    @Test
    void rejectsAnEmptyFile() {
        Path empty = MediaSamples.write(dir.resolve("empty.mp4"), new byte[0]);

        assertThatThrownBy(() -> probe.probe(empty)).isInstanceOf(EmptyMediaException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void rejectsAnMp4WhoseIndexWasCutOff() {
        Path slow = MediaSamples.mp4H264Aac(dir, "index-at-end.mp4", 2);
        Path cut = MediaSamples.truncated(slow, dir.resolve("cut-index.mp4"), slow.toFile().length() * 2 / 3);

        assertThatThrownBy(() -> probe.probe(cut)).isInstanceOf(CorruptMediaException.class)
                .hasMessageContaining("truncated or damaged");
    }

    @Test
    void rejectsAFaststartMp4WhoseDataWasCutOff() {
        Path fast = MediaSamples.mp4H264Aac(dir, "faststart.mp4", 2, "-movflags", "+faststart");
        Path cut = MediaSamples.truncated(fast, dir.resolve("cut-data.mp4"), fast.toFile().length() / 2);

        assertThat(Mp4SampleTables.isComplete(cut)).contains(false);
        assertThatThrownBy(() -> probe.probe(cut)).isInstanceOf(CorruptMediaException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsATruncatedMp4EvenWhenItsTablesAreBeyondTheParser() {
        // A subtitle track keeps Mp4SampleTables out, so ffprobe has to find the missing tail.
        Path srt = MediaSamples.write(dir.resolve("talk.srt"), "1\n00:00:00,000 --> 00:00:01,500\nhello\n\n".getBytes());
        Path withSubtitles = TestMedia.generate(dir.resolve("subtitled.mp4"), "-i", mp4.toString(), "-i", srt.toString(),
                "-map", "0", "-map", "1", "-c:v", "copy", "-c:a", "copy", "-c:s", "mov_text", "-movflags", "+faststart");
        Path cut = MediaSamples.truncated(withSubtitles, dir.resolve("cut-subtitled.mp4"),
                withSubtitles.toFile().length() / 2);

        assertThat(Mp4SampleTables.isComplete(cut)).isEmpty();
        assertThat(probe.probe(withSubtitles).container()).isEqualTo(Container.MP4);
        assertThatThrownBy(() -> probe.probe(cut)).isInstanceOf(CorruptMediaException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsAFileOverTheLimit() {
        MediaProbe strict = new MediaProbe(TestMedia.ffmpeg(), 10_000);

        assertThatThrownBy(() -> strict.probe(mp4)).isInstanceOf(MediaTooLargeException.class)
                .hasMessageContaining("more than the limit of 10000 bytes");
    }

    @Test
    void aStagedUploadIsNamedByTheNameItWasUploadedAs() {
        Path staged = MediaSamples.write(dir.resolve("multipart-8840086468842911868.part"), "just notes\n".getBytes());
        Path cut = MediaSamples.truncated(mp4, dir.resolve("3f2a9c1e-upload"), mp4.toFile().length() * 2 / 3);

        assertThatThrownBy(() -> probe.probe(staged, "talk.mp4")).isInstanceOf(UnsupportedMediaException.class)
                .hasMessageStartingWith("talk.mp4 is not a video file").hasMessageNotContaining("multipart");
        assertThatThrownBy(() -> probe.probe(cut, "lecture.mp4")).isInstanceOf(CorruptMediaException.class)
                .hasMessageStartingWith("lecture.mp4 ").hasMessageNotContaining("3f2a9c1e")
                .hasMessageNotContaining(dir.toString());
    }

    @Test
    void rejectsAMissingFile() {
        assertThatThrownBy(() -> probe.probe(dir.resolve("nowhere.mp4"))).isInstanceOf(UnreadableMediaException.class)
                .hasMessageContaining("does not exist");
    }
}
