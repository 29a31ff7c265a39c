package io.roughcut.system;

import io.roughcut.media.FfmpegRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A short talk-like video made with FFmpeg's lavfi sources, so the demo needs no download: bursts of a
 * voice-like tone for speech over a faint room tone, with pauses, a black stretch and a frozen picture at
 * known times.
 */
final class DemoVideo {

    /** Seconds of the recording in which "speech" is heard. Everything between is room tone. */
    static final List<double[]> SPEECH = List.of(
            new double[] {1.5, 6.0}, new double[] {8.0, 12.0}, new double[] {12.6, 16.0},
            new double[] {19.5, 24.0}, new double[] {25.5, 31.0});
    static final double DURATION = 33.0;
    static final double[] BLACK = {16.5, 17.7};
    static final double[] FROZEN = {26.0, 29.0};
    private static final int FPS = 25;

    private DemoVideo() {
    }

    static Path write(FfmpegRunner ffmpeg, Path out) {
        String speechWindows = String.join("+", SPEECH.stream()
                .map(w -> String.format(Locale.ROOT, "between(t,%.2f,%.2f)", w[0], w[1])).toList());
        // A 180 Hz tone with a 4 Hz syllable rhythm that never falls to silence, so only the gaps between
        // the windows are pauses.
        String voice = "(" + speechWindows + ")*0.35*sin(2*PI*180*t)*(0.65+0.35*sin(2*PI*4*t))";
        String video = String.format(Locale.ROOT,
                "testsrc2=size=640x360:rate=%d:duration=%.1f,"
                        + "drawbox=enable='between(t,%.2f,%.2f)':color=black:t=fill,split[s0][s1];"
                        // freezeframes takes the replacement frame from its second input.
                        + "[s0][s1]freezeframes=first=%d:last=%d:replace=%d,format=yuv420p[v]",
                FPS, DURATION, BLACK[0], BLACK[1], (int) (FROZEN[0] * FPS), (int) (FROZEN[1] * FPS),
                (int) (FROZEN[0] * FPS));
        String audio = String.format(Locale.ROOT,
                "aevalsrc='%s':s=48000:d=%.1f[voice];anoisesrc=color=pink:amplitude=0.004:r=48000:d=%.1f[room];"
                        + "[voice][room]amix=inputs=2:normalize=0,aformat=channel_layouts=stereo[a]",
                voice, DURATION, DURATION);
        ffmpeg.ffmpeg(List.of("-filter_complex", video + ";" + audio, "-map", "[v]", "-map", "[a]",
                "-t", String.format(Locale.ROOT, "%.1f", DURATION),
                "-c:v", "libx264", "-preset", "veryfast", "-g", String.valueOf(FPS * 2), "-c:a", "aac", "-b:a", "128k",
                "-movflags", "+faststart", out.toString()), Duration.ofMinutes(2));
        return out;
    }
}
