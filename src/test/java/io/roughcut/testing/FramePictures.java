package io.roughcut.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Which frame of a recording a rendered frame shows, by comparing small grey pictures of them. */
public final class FramePictures {

    private FramePictures() {
    }

    /**
     * Of the recording's frames {@code around - 2 .. around + 2}, the one most like frame {@code frame} of
     * {@code rendered}. The test picture moves every frame, so neighbours differ clearly.
     */
    public static long nearest(Path rendered, long frame, Path recording, long around) {
        byte[] shown = picture(rendered, frame);
        long best = -1;
        double bestDifference = Double.MAX_VALUE;
        for (long candidate = Math.max(0, around - 2); candidate <= around + 2; candidate++) {
            byte[] other = picture(recording, candidate);
            double difference = 0;
            for (int i = 0; i < shown.length; i++) {
                difference += Math.abs((shown[i] & 0xFF) - (other[i] & 0xFF));
            }
            if (difference < bestDifference) {
                bestDifference = difference;
                best = candidate;
            }
        }
        return best;
    }

    /** Frame {@code n} (counted from 0 in decode output order) as 80x60 grey bytes. */
    public static byte[] picture(Path file, long n) {
        return TestMedia.ffmpeg().ffmpegStream(List.of("-v", "error", "-i", file.toString(),
                "-vf", "select=eq(n\\," + n + "),scale=80:60,format=gray", "-fps_mode", "passthrough",
                "-frames:v", "1", "-f", "rawvideo", "pipe:1"), Duration.ofMinutes(1), in -> in.readAllBytes());
    }
}
