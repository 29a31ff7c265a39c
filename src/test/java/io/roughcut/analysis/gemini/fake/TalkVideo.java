package io.roughcut.analysis.gemini.fake;

import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.AudioStream;
import io.roughcut.media.Container;
import io.roughcut.media.FrameRate;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.media.VideoStream;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Test media for the Gemini analysers: a small MP4 of a 440 Hz "voice" with silent gaps at known
 * times, keyframes every second, and chunks cut from it by stream copy with input seeking, the way the
 * cutter makes them.
 */
public final class TalkVideo {

    private TalkVideo() {
    }

    /** Writes a video of {@code seconds} whose audio is silent in each {start, end} gap. */
    public static Path generate(Path out, double seconds, double[]... gaps) {
        List<String> off = new ArrayList<>();
        for (double[] g : gaps) {
            off.add(String.format(Locale.ROOT, "between(t,%.3f,%.3f)", g[0], g[1]));
        }
        String volume = off.isEmpty() ? "anull" : "volume=enable='" + String.join("+", off) + "':volume=0";
        String d = String.format(Locale.ROOT, "%.3f", seconds);
        return TestMedia.generate(out, "-f", "lavfi", "-i", "testsrc2=s=160x120:r=10:d=" + d,
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=16000:duration=" + d,
                "-af", volume, "-c:v", "libx264", "-preset", "ultrafast", "-g", "10", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "64k", "-shortest", "-movflags", "+faststart");
    }

    /** Cuts [start, end) into its own MP4 whose timestamps start at zero (start must be on a keyframe). */
    public static Path cut(Path source, double start, double end, Path out) {
        List<String> args = List.of("-ss", fmt(start), "-i", source.toString(), "-t", fmt(end - start),
                "-c", "copy", "-avoid_negative_ts", "make_zero", out.toString());
        TestMedia.ffmpeg().ffmpeg(args, Duration.ofMinutes(1));
        return out;
    }

    /** What ffprobe says of a video {@link #generate} made: H.264 160x120 at 10 fps, AAC mono at 16 kHz. */
    public static MediaInfo info(Path video, double seconds) {
        return new MediaInfo(video, size(video), Container.MP4, "mov,mp4,m4a,3gp,3g2,mj2", seconds, 0,
                new VideoStream("h264", 160, 120, new FrameRate(10, 1), "yuv420p"), new AudioStream("aac", 16000, 1));
    }

    /** Cuts the source at these boundaries and describes each chunk as the pipeline would. */
    public static List<ChunkInput> chunks(Path source, Path dir, double... boundaries) {
        return chunks(source, dir, RecordingProfile.NONE, boundaries);
    }

    /** The same, with what an analyser's {@code profile} learned from the whole recording. */
    public static List<ChunkInput> chunks(Path source, Path dir, RecordingProfile profile, double... boundaries) {
        List<ChunkInput> chunks = new ArrayList<>();
        int n = boundaries.length - 1;
        MediaInfo recording = info(source, boundaries[n]);
        for (int i = 0; i < n; i++) {
            Path file = cut(source, boundaries[i], boundaries[i + 1], dir.resolve("chunk-" + i + ".mp4"));
            PlannedChunk planned = new PlannedChunk(i, boundaries[i], boundaries[i + 1], boundaries[i + 1], size(file));
            chunks.add(new ChunkInput(file, planned, n, recording, profile));
        }
        return chunks;
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }
}
