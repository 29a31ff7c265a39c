package io.roughcut.system;

import io.roughcut.media.FfmpegRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A large 1080p H.264/AAC MP4 for the benchmark, about as dense as a real talk recording (11.65 Mb/s, the
 * brief's 5 GB per hour). Encoding gigabytes would take longer than the benchmark itself, so one noisy
 * 30-second piece is encoded and then repeated by stream copy to the size asked for.
 */
final class BenchVideo {

    private static final double PIECE_SECONDS = 30;
    private static final String BITRATE = "11650k";

    private BenchVideo() {
    }

    static Path write(FfmpegRunner ffmpeg, Path dir, long targetBytes) throws IOException {
        Path out = dir.resolve(String.format(Locale.ROOT, "bench-%dMB.mp4", targetBytes >> 20));
        if (Files.exists(out)) {
            return out;
        }
        Path piece = piece(ffmpeg, dir);
        return repeat(ffmpeg, dir, piece, Math.max(1, Math.round((double) targetBytes / Files.size(piece))), out);
    }

    /**
     * A talk of {@code minutes} minutes for the render benchmark, encoded as a camera or OBS would: a still
     * backdrop with a little sensor grain, a moving picture where the speaker stands, H.264 at 6 Mb/s with
     * B-frames and a keyframe every 2 s, and speech-like sound. The dense file above is heavy noise all over,
     * which no talk is; re-encoding it would measure x264 on noise rather than a render.
     */
    static Path writeTalk(FfmpegRunner ffmpeg, Path dir, int minutes) throws IOException {
        Path out = dir.resolve(String.format(Locale.ROOT, "bench-talk-%dmin.mp4", minutes));
        if (Files.exists(out)) {
            return out;
        }
        Path piece = dir.resolve("bench-talk-piece.mp4");
        String audio = "aevalsrc='lt(mod(t,5.5),4)*0.3*sin(2*PI*200*t)':s=48000:d=" + PIECE_SECONDS;
        ffmpeg.ffmpeg(List.of("-filter_complex",
                "color=c=0x2a3340:s=1920x1080:r=30:d=" + PIECE_SECONDS + ",noise=alls=3:allf=t[backdrop];"
                        + "testsrc2=s=640x480:r=30:d=" + PIECE_SECONDS + ",noise=alls=4:allf=t[speaker];"
                        + "[backdrop][speaker]overlay=x=640:y=300,format=yuv420p[v];" + audio + "[a]",
                "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", "veryfast", "-b:v", "6M", "-maxrate", "8M",
                "-bufsize", "12M", "-g", "60",
                "-keyint_min", "60", "-sc_threshold", "0", "-c:a", "aac", "-b:a", "128k", piece.toString()),
                Duration.ofMinutes(20));
        return repeat(ffmpeg, dir, piece, Math.max(1, Math.round(minutes * 60 / PIECE_SECONDS)), out);
    }

    private static Path piece(FfmpegRunner ffmpeg, Path dir) {
        Path piece = dir.resolve("bench-piece.mp4");
        // Speech-like bursts of 4 s with 1.5 s gaps, so pause analysis has work to do.
        String audio = "aevalsrc='lt(mod(t,5.5),4)*0.3*sin(2*PI*200*t)':s=48000:d=" + PIECE_SECONDS;
        ffmpeg.ffmpeg(List.of("-filter_complex",
                "testsrc2=size=1920x1080:rate=30:duration=" + PIECE_SECONDS + ",noise=alls=12:allf=t,format=yuv420p[v];"
                        + audio + "[a]",
                "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast", "-b:v", BITRATE,
                "-maxrate", BITRATE, "-bufsize", "20M", "-g", "60", "-c:a", "aac", "-b:a", "128k",
                piece.toString()), Duration.ofMinutes(20));
        return piece;
    }

    private static Path repeat(FfmpegRunner ffmpeg, Path dir, Path piece, long pieces, Path out) throws IOException {
        Path list = dir.resolve("bench-pieces.txt");
        List<String> lines = new ArrayList<>();
        for (long i = 0; i < pieces; i++) {
            lines.add("file '" + piece.getFileName() + "'");
        }
        Files.write(list, lines);
        Path partial = dir.resolve("bench-partial.mp4");
        ffmpeg.ffmpeg(List.of("-f", "concat", "-safe", "0", "-i", list.toString(), "-c", "copy",
                "-movflags", "+faststart", partial.toString()), Duration.ofMinutes(30));
        Files.move(partial, out);
        Files.delete(list);
        Files.delete(piece);
        return out;
    }
}
