package io.roughcut.analysis.local;

import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.AudioStream;
import io.roughcut.media.Container;
import io.roughcut.media.FrameRate;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.media.VideoStream;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generated talks whose ground truth is known by construction: a 440 Hz tone stands in for speech during
 * the given intervals, over room tone (white noise) of a given amplitude, on a moving test picture.
 */
final class TalkMedia {

    /** A tone at -12 dBFS RMS. */
    static final double SPEECH_AMPLITUDE = 0.355;
    /** White noise at about -30 dBFS RMS: a noisy room. */
    static final double NOISY_ROOM = 0.055;
    /** White noise at about -70 dBFS RMS: a quiet studio. */
    static final double QUIET_STUDIO = 0.00055;

    private final double duration;
    private final List<double[]> speech = new ArrayList<>();
    private double toneAmplitude = SPEECH_AMPLITUDE;
    private double noise = QUIET_STUDIO;
    private final List<String> audioFilters = new ArrayList<>();
    private final List<String> videoFilters = new ArrayList<>();
    private String picture = "testsrc2=s=320x240:r=25";
    private int keyframeInterval = 25;
    private final List<String> outputArgs = new ArrayList<>();

    private TalkMedia(double duration) {
        this.duration = duration;
    }

    static TalkMedia of(double duration) {
        return new TalkMedia(duration);
    }

    TalkMedia speech(double from, double to) {
        speech.add(new double[] {from, to});
        return this;
    }

    TalkMedia noise(double amplitude) {
        this.noise = amplitude;
        return this;
    }

    TalkMedia toneAmplitude(double amplitude) {
        this.toneAmplitude = amplitude;
        return this;
    }

    /** An FFmpeg audio filter applied after speech and room tone are mixed. */
    TalkMedia audioFilter(String filter) {
        audioFilters.add(filter);
        return this;
    }

    /** A tiny, slow picture for long files whose picture nobody looks at. */
    TalkMedia tinyPicture() {
        picture = "testsrc2=s=64x48:r=5";
        return this;
    }

    /** Another lavfi picture source instead of the 25 fps test picture, without its duration. */
    TalkMedia picture(String source) {
        picture = source;
        return this;
    }

    /** A keyframe every {@code frames} frames (25 unless told). */
    TalkMedia keyframeEvery(int frames) {
        keyframeInterval = frames;
        return this;
    }

    /** More output options, such as {@code -fps_mode vfr} to keep irregular frame times. */
    TalkMedia outputArgs(String... args) {
        outputArgs.addAll(List.of(args));
        return this;
    }

    /** An FFmpeg video filter applied to the 25 fps test picture. */
    TalkMedia videoFilter(String filter) {
        videoFilters.add(filter);
        return this;
    }

    Path write(Path dir, String name) {
        StringBuilder gate = new StringBuilder("0");
        for (double[] s : speech) {
            gate.append(f("+between(t,%.3f,%.3f)", s[0], s[1] - 1e-6));
        }
        String tone = f("aevalsrc=exprs='%.5f*sin(2*PI*440*t)*(%s)':s=48000:d=%.3f", toneAmplitude, gate, duration);
        String room = f("anoisesrc=a=%.6f:c=white:r=48000:d=%.3f:seed=7", noise, duration);
        String audio = "[1:a][2:a]amix=inputs=2:normalize=0"
                + (audioFilters.isEmpty() ? "" : "," + String.join(",", audioFilters)) + "[a]";
        String video = "[0:v]" + (videoFilters.isEmpty() ? "null" : String.join(",", videoFilters)) + "[v]";
        List<String> args = new ArrayList<>(List.of(
                "-f", "lavfi", "-i", picture + f(":d=%.3f", duration),
                "-f", "lavfi", "-i", tone, "-f", "lavfi", "-i", room,
                "-filter_complex", video + ";" + audio, "-map", "[v]", "-map", "[a]",
                "-c:v", "libx264", "-preset", "ultrafast", "-g", Integer.toString(keyframeInterval),
                "-c:a", "aac", "-b:a", "128k", "-ac", "1"));
        args.addAll(outputArgs);
        return TestMedia.generate(dir.resolve(name), args.toArray(String[]::new));
    }

    /** What ffprobe says of a file, enough for the analyser: duration, picture size and rate, sound format. */
    static MediaInfo info(Path file) {
        String out = TestMedia.ffmpeg().ffprobe(List.of("-show_entries",
                "format=duration:stream=codec_type,width,height,r_frame_rate,sample_rate,channels", "-of",
                "default=noprint_wrappers=1", file.toString()), Duration.ofSeconds(30)).stdout();
        Map<String, String> values = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] kv = line.trim().split("=", 2);
            if (kv.length == 2 && !kv[1].equals("N/A")) {
                values.putIfAbsent(kv[0], kv[1]);
            }
        }
        String[] rate = values.get("r_frame_rate").split("/");
        try {
            return new MediaInfo(file, Files.size(file), Container.MP4, "mov,mp4,m4a,3gp,3g2,mj2",
                    Double.parseDouble(values.get("duration")), 0,
                    new VideoStream("h264", number(values, "width"), number(values, "height"),
                            new FrameRate(Integer.parseInt(rate[0]), Integer.parseInt(rate[1])), "yuv420p"),
                    values.containsKey("sample_rate")
                            ? new AudioStream("aac", number(values, "sample_rate"), number(values, "channels"))
                            : null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int number(Map<String, String> values, String key) {
        return Integer.parseInt(values.get(key));
    }

    /** The whole file as the one chunk of its recording. */
    static ChunkInput whole(Path file, RecordingProfile profile) {
        MediaInfo info = info(file);
        return new ChunkInput(file, new PlannedChunk(0, 0, info.durationSeconds(), info.durationSeconds(), 0), 1,
                info, profile);
    }

    /** Cuts {@code [from, to)} out of {@code file} by stream copy, as the chunk cutter does, starting on a keyframe. */
    static Path cut(Path file, double from, double to, Path out) {
        return TestMedia.generate(out, "-ss", f("%.3f", from), "-i", file.toString(), "-t", f("%.3f", to - from),
                "-c", "copy");
    }

    static Recording recording(Path file) {
        return new Recording(file, info(file));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
