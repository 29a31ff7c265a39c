package io.roughcut.system;

import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.KeptRange;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.media.RenderPlan;
import io.roughcut.media.RenderSettings;
import io.roughcut.media.SmartRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * {@code roughcut bench --scenario render}: the smart render of a talk-like cut list on a long 1080p file
 * against a full re-encode of the same cuts (decode everything kept, encode it with the same x264 preset,
 * quality and AAC settings), each timed once, in one run.
 */
final class RenderBench {

    private final FfmpegRunner ffmpeg;
    private final Path dir;
    private final int minutes;

    RenderBench(FfmpegRunner ffmpeg, Path dir, int minutes) {
        this.ffmpeg = ffmpeg;
        this.dir = dir;
        this.minutes = minutes;
    }

    void run(PrintWriter out) throws IOException {
        out.println("Generating (or reusing) the benchmark file ...");
        out.flush();
        Path video = BenchVideo.writeTalk(ffmpeg, dir, minutes);
        MediaInfo info = new MediaProbe(ffmpeg, Long.MAX_VALUE).probe(video);
        List<KeptRange> kept = talkCuts(info.durationSeconds());
        out.printf(Locale.ROOT, "File: %s, %.2f GB, %.0f s, %dx%d, %d cuts (%.0f s removed), %d cores%n", video,
                info.sizeBytes() / 1e9, info.durationSeconds(), info.video().width(), info.video().height(),
                kept.size() - 1, info.durationSeconds() - kept.stream().mapToDouble(r -> r.end() - r.start()).sum(),
                Runtime.getRuntime().availableProcessors());
        out.flush();

        RenderSettings settings = RenderSettings.DEFAULT;
        RenderPlan[] plan = new RenderPlan[1];
        Path smart = dir.resolve("render-smart.mp4");
        OptionalDouble cpuBefore = ChildCpu.seconds();
        double smartSeconds = BenchCommand.seconds(() -> plan[0] = new SmartRenderer(ffmpeg, settings).render(video, kept, smart,
                p -> { }));
        OptionalDouble cpuBetween = ChildCpu.seconds();
        out.printf(Locale.ROOT, "smart render done in %.0f s; now the full re-encode ...%n", smartSeconds);
        out.flush();
        Path full = dir.resolve("render-full.mp4");
        double fullSeconds = BenchCommand.seconds(() -> fullReencode(video, kept, settings, full));
        OptionalDouble cpuAfter = ChildCpu.seconds();

        out.printf(Locale.ROOT, "%n%-44s %9s %9s %8s %s%n", "measure", "ours (s)", "base (s)", "ratio", "target");
        BenchCommand.row(out, "smart render / full re-encode of the cuts", smartSeconds, fullSeconds, "<= 0.2");
        if (cpuBefore.isPresent() && cpuBetween.isPresent() && cpuAfter.isPresent()) {
            BenchCommand.row(out, "  the same in FFmpeg's CPU seconds", cpuBetween.getAsDouble() - cpuBefore.getAsDouble(),
                    cpuAfter.getAsDouble() - cpuBetween.getAsDouble(), "");
        }
        out.printf(Locale.ROOT, "%nsmart render: %.0f s of video, %.0f s copied, %.0f s re-encoded in %d pieces;"
                        + " x264 %s, CRF %d, AAC %s, %d pieces at a time%n", plan[0].durationSeconds(),
                plan[0].copiedSeconds(), plan[0].encodedSeconds(), plan[0].pieces().size(), settings.preset(),
                settings.crf(), settings.audioBitrate(), settings.parallelism());
        out.flush();
        Files.deleteIfExists(smart);
        Files.deleteIfExists(full);
    }

    /**
     * Cuts like a talk's: dead air at the start, then a pause of 0.8 to 2.5 s every 12 to 28 s, at times that
     * fall between keyframes. The same seed gives the same cuts on every run.
     */
    static List<KeptRange> talkCuts(double duration) {
        Random random = new Random(20261201L);
        List<KeptRange> kept = new ArrayList<>();
        double from = 1.7;
        while (true) {
            double cut = from + 12 + random.nextDouble() * 16;
            if (cut + 3 >= duration) {
                kept.add(new KeptRange(from, duration));
                return kept;
            }
            kept.add(new KeptRange(from, cut));
            from = cut + 0.8 + random.nextDouble() * 1.7;
        }
    }

    /**
     * An FFmpeg expression that is 1 inside any of the ranges. FFmpeg's parser refuses a chain of more than
     * 100 terms (an hour of a talk keeps about 170 ranges), so the sum is built as a balanced tree.
     */
    static String anyOf(List<KeptRange> kept) {
        if (kept.size() == 1) {
            KeptRange r = kept.getFirst();
            return String.format(Locale.ROOT, "between(t,%.6f,%.6f)", r.start(), r.end());
        }
        int half = kept.size() / 2;
        return "(" + anyOf(kept.subList(0, half)) + "+" + anyOf(kept.subList(half, kept.size())) + ")";
    }

    /** What a tool without a smart render does: decode all that is kept and encode it again. */
    private void fullReencode(Path video, List<KeptRange> kept, RenderSettings settings, Path out) {
        String between = anyOf(kept);
        ffmpeg.ffmpeg(List.of("-i", video.toString(),
                "-vf", "select='" + between + "',setpts=N/FRAME_RATE/TB",
                "-af", "aselect='" + between + "',asetpts=N/SR/TB",
                "-c:v", "libx264", "-preset", settings.preset(), "-crf", String.valueOf(settings.crf()),
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", settings.audioBitrate(), "-movflags", "+faststart",
                out.toString()), settings.timeout().multipliedBy(4));
    }
}
