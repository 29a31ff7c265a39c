package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class NormalizerTests {

    @TempDir
    Path dir;

    private final MediaProbe probe = new MediaProbe(TestMedia.ffmpeg());
    private final Normalizer normalizer = new Normalizer(TestMedia.ffmpeg(), "ultrafast");

    @Test
    void usesAnMp4WithH264AndAacAsItIs() {
        MediaInfo source = probe.probe(MediaSamples.mp4H264Aac(dir, "talk.mp4", 2));

        NormalizedMedia result = normalizer.normalize(source, dir.resolve("work"), f -> { });

        assertThat(result.normalization()).isEqualTo(Normalization.AS_IS);
        assertThat(result.file()).isEqualTo(source.file());
        assertThat(result.info()).isEqualTo(source);
        assertThat(dir.resolve("work").resolve(Normalizer.OUTPUT_NAME)).doesNotExist();
    }

    @Test
    void usesAVideoWithoutAudioAsItIs() {
        MediaInfo source = probe.probe(MediaSamples.mp4WithoutAudio(dir));

        assertThat(Normalizer.decide(source)).isEqualTo(Normalization.AS_IS);
    }

    enum Sample {
        MKV_H264_AAC(Normalization.REMUX), M4V_H264_AAC(Normalization.REMUX),
        AVI_MPEG4_MP3(Normalization.TRANSCODE), WEBM_VP9_OPUS(Normalization.TRANSCODE);

        final Normalization expected;

        Sample(Normalization expected) {
            this.expected = expected;
        }

        Path generate(Path dir) {
            return switch (this) {
                case MKV_H264_AAC -> MediaSamples.mkvH264Aac(dir);
                case M4V_H264_AAC -> MediaSamples.m4vH264Aac(dir);
                case AVI_MPEG4_MP3 -> MediaSamples.aviMpeg4Mp3(dir);
                case WEBM_VP9_OPUS -> MediaSamples.webmVp9Opus(dir);
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void makesEachContainerAFaststartMp4WithH264AndAac(Sample sample) {
        NormalizedMedia result = normalized(sample.generate(dir), sample.expected, f -> { });

        assertThat(result.info().video()).extracting(VideoStream::width, VideoStream::height, VideoStream::pixelFormat)
                .containsExactly(160, 120, "yuv420p");
    }

    @Test
    void remuxesHevcWithTheTagApplePlayersNeed() {
        Path mkv = TestMedia.generate(dir.resolve("hevc.mkv"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=30",
                "-t", "1", "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error");

        NormalizedMedia result = normalized(mkv, Normalization.REMUX, f -> { });

        String tag = TestMedia.ffmpeg().ffprobe(List.of("-select_streams", "v:0", "-show_entries",
                "stream=codec_tag_string", "-of", "csv=p=0", result.file().toString()),
                java.time.Duration.ofMinutes(1)).stdout().trim();
        assertThat(tag).isEqualTo("hvc1");
    }

    @Test
    void reencodesOnlyThePcmAudioOfAMov() {
        List<Double> progress = new ArrayList<>();

        NormalizedMedia result = normalized(MediaSamples.movH264Pcm(dir), Normalization.AUDIO_TRANSCODE, progress::add);

        assertThat(result.info().audio()).isEqualTo(new AudioStream("aac", 48000, 2));
        assertThat(progress).isNotEmpty().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0)).endsWith(1.0);
    }

    @Test
    void padsAnOddFrameSizeToEven() {
        NormalizedMedia result = normalized(MediaSamples.oddSizeMkv(dir), Normalization.TRANSCODE, f -> { });

        assertThat(result.info().video().width()).isEqualTo(322);
        assertThat(result.info().video().height()).isEqualTo(242);
    }

    @Test
    void aRerunOverwritesTheSameFile() throws Exception {
        MediaInfo source = probe.probe(MediaSamples.mkvH264Aac(dir));

        Path first = normalizer.normalize(source, dir, f -> { }).file();
        Path second = normalizer.normalize(source, dir, f -> { }).file();

        assertThat(second).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("normalized"))).hasSize(1);
        }
    }

    /** Probes and normalises {@code sample}, and checks what every normalised output must be. */
    private NormalizedMedia normalized(Path sample, Normalization expected, DoubleConsumer progress) {
        MediaInfo source = probe.probe(sample);
        NormalizedMedia result = normalizer.normalize(source, dir, progress);
        assertThat(result.normalization()).isEqualTo(expected);
        assertThat(result.file().getFileName().toString()).isEqualTo(Normalizer.OUTPUT_NAME);
        assertThat(result.info().file()).isEqualTo(result.file());
        assertThat(result.info().container()).isEqualTo(Container.MP4);
        assertThat(result.info().video().codec()).isEqualTo(source.video().codec().equals("hevc") ? "hevc" : "h264");
        assertThat(result.info().audio() == null ? null : result.info().audio().codec())
                .isEqualTo(source.hasAudio() ? "aac" : null);
        assertThat(result.info().durationSeconds()).isCloseTo(source.durationSeconds(), within(0.1));
        assertThat(isFaststart(result.file())).as("moov before mdat").isTrue();
        return result;
    }

    /** The top-level boxes of an MP4 in order; faststart puts moov before mdat. */
    static boolean isFaststart(Path mp4) {
        try (var in = new java.io.DataInputStream(Files.newInputStream(mp4))) {
            while (true) {
                long size = Integer.toUnsignedLong(in.readInt());
                String type = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
                if (type.equals("moov")) {
                    return true;
                }
                if (type.equals("mdat")) {
                    return false;
                }
                in.skipNBytes(size - 8);
            }
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
