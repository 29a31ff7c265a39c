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
        Path piece = dir.resolve("bench-piece.mp4");
        // Speech-like bursts of 4 s with 1.5 s gaps, so pause analysis has work to do.
        String audio = "aevalsrc='lt(mod(t,5.5),4)*0.3*sin(2*PI*200*t)':s=48000:d=" + PIECE_SECONDS;
        ffmpeg.ffmpeg(List.of("-filter_complex",
                "testsrc2=size=1920x1080:rate=30:duration=" + PIECE_SECONDS + ",noise=alls=12:allf=t,format=yuv420p[v];"
                        + audio + "[a]",
                "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast", "-b:v", BITRATE,
                "-maxrate", BITRATE, "-bufsize", "20M", "-g", "60", "-c:a", "aac", "-b:a", "128k",
                piece.toString()), Duration.ofMinutes(20));
        long pieces = Math.max(1, Math.round((double) targetBytes / Files.size(piece)));
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
