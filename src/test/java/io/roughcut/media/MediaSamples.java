package io.roughcut.media;

import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small generated recordings for the media tests: a couple of seconds each, 160x120 unless said otherwise. */
final class MediaSamples {

    private static final String PICTURE = "testsrc2=size=160x120:rate=30";
    private static final String TONE = "sine=frequency=440:sample_rate=48000";

    private MediaSamples() {
    }

    static Path mp4H264Aac(Path dir, String name, double seconds, String... extra) {
        return withAudio(dir.resolve(name), PICTURE, seconds, "libx264", "aac", extra);
    }

    static Path movH264Pcm(Path dir) {
        return withAudio(dir.resolve("h264-pcm.mov"), PICTURE, 2, "libx264", "pcm_s16le");
    }

    static Path mkvH264Aac(Path dir) {
        return withAudio(dir.resolve("h264-aac.mkv"), PICTURE, 2, "libx264", "aac");
    }

    static Path mkvH264Opus(Path dir) {
        return withAudio(dir.resolve("h264-opus.mkv"), PICTURE, 2, "libx264", "libopus");
    }

    static Path m4vH264Aac(Path dir) {
        return withAudio(dir.resolve("h264-aac.m4v"), PICTURE, 2, "libx264", "aac", "-brand", "M4V");
    }

    static Path aviMpeg4Mp3(Path dir) {
        return withAudio(dir.resolve("mpeg4-mp3.avi"), PICTURE, 2, "mpeg4", "libmp3lame");
    }

    static Path webmVp9Opus(Path dir) {
        return withAudio(dir.resolve("vp9-opus.webm"), PICTURE, 2, "libvpx-vp9", "libopus",
                "-deadline", "realtime", "-cpu-used", "8");
    }

    /** FFV1 in Matroska at 321x241: nothing MP4 can hold, and a frame size yuv420p cannot have. */
    static Path oddSizeMkv(Path dir) {
        return TestMedia.generate(dir.resolve("odd-ffv1.mkv"), "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=30",
                "-f", "lavfi", "-i", TONE, "-t", "2", "-vf", "scale=321:241", "-c:v", "ffv1", "-pix_fmt", "yuv444p",
                "-c:a", "pcm_s16le");
    }

    static Path mp4WithoutAudio(Path dir) {
        return TestMedia.generate(dir.resolve("silent-film.mp4"), "-f", "lavfi", "-i", PICTURE, "-t", "2",
                "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p");
    }

    static Path wav(Path dir) {
        return TestMedia.generate(dir.resolve("speech.wav"), "-f", "lavfi", "-i", TONE, "-t", "1");
    }

    static Path m4aAudioOnly(Path dir) {
        return TestMedia.generate(dir.resolve("audio-only.m4a"), "-f", "lavfi", "-i", TONE, "-t", "1", "-c:a", "aac");
    }

    static Path pngNamedMp4(Path dir) {
        Path png = TestMedia.generate(dir.resolve("picture.png"), "-f", "lavfi", "-i", "testsrc2=size=32x24",
                "-frames:v", "1");
        return copy(png, dir.resolve("picture.mp4"));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code keep} bytes of {@code source}, as a new file. */
    static Path truncated(Path source, Path target, long keep) {
        try (var in = Files.newInputStream(source)) {
            return Files.write(target, in.readNBytes((int) keep));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path to) {
        try {
            return Files.copy(from, to);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path withAudio(Path out, String picture, double seconds, String videoCodec, String audioCodec,
                                  String... extra) {
        var args = new ArrayList<>(List.of("-f", "lavfi", "-i", picture, "-f", "lavfi", "-i", TONE,
                "-t", Double.toString(seconds), "-c:v", videoCodec));
        if (videoCodec.equals("libx264")) {
            args.addAll(List.of("-preset", "veryfast", "-pix_fmt", "yuv420p"));
        }
        args.addAll(List.of("-c:a", audioCodec));
        args.addAll(List.of(extra));
        return TestMedia.generate(out, args.toArray(String[]::new));
    }
}
