package io.roughcut.system;

import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.local.LocalAnalyzer;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.media.ChunkLimits;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import io.roughcut.media.MediaProbe;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.media.PreparedRecording;
import io.roughcut.media.RecordingPreparer;
import io.roughcut.storage.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roughcut bench}: measures chunking and analysis on a large generated file against their baselines
 * (a plain copy, the brief's chunking method, bare silencedetect), or with {@code --scenario render} the
 * smart render of a cut list against a full re-encode of the same cuts, and prints the ratios from one run.
 * A benchmark, not a test: it asserts nothing and takes minutes.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark chunking and analysis (or, with --scenario render, the cut video) on a large"
                + " generated H.264 MP4 and print the ratios.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = "analysis",
            description = "analysis (chunking and analysis) or render (smart render against a full re-encode)"
                    + " (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--minutes", paramLabel = "N", defaultValue = "60",
            description = "Length of the generated file for --scenario render, in minutes (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "1G", converter = ByteSizeConverter.class,
            description = "Size of the generated file (default: ${DEFAULT-VALUE}; 5G for the full case).")
    long size;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "roughcut-bench",
            description = "Where the generated file and the outputs go; the file is reused across runs (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Runs of each quick measurement; the fastest counts, as the least disturbed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print the figures of --scenario analysis as one JSON object instead of a table.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private FfmpegRunner ffmpeg;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ffmpeg = new FfmpegRunner(FfmpegTools.fromEnvironment());
        Files.createDirectories(dir);
        switch (scenario) {
            case "analysis" -> analysis(out);
            case "render" -> new RenderBench(ffmpeg, dir, minutes).run(out);
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--scenario must be analysis or render");
        }
        return 0;
    }

    private void analysis(PrintWriter out) throws IOException {
        PrintWriter log = json ? spec.commandLine().getErr() : out;
        log.println("Generating (or reusing) the benchmark file ...");
        log.flush();
        Path video = BenchVideo.write(ffmpeg, dir, size);
        MediaInfo info = new MediaProbe(ffmpeg).probe(video);
        log.printf(Locale.ROOT, "File: %s, %.2f GB, %.0f s, %.2f Mb/s, %d cores%n", video, info.sizeBytes() / 1e9,
                info.durationSeconds(), info.sizeBytes() * 8 / info.durationSeconds() / 1e6,
                Runtime.getRuntime().availableProcessors());
        log.flush();
        readThrough(video); // Every measurement below starts with the file in the page cache.

        double copy = fastest(() -> copy(video));
        PreparedRecording[] prepared = new PreparedRecording[1];
        double ours = fastest(() -> prepared[0] = prepare(video, dir.resolve("chunks-ours")));
        double brief = fastest(() -> briefChunking(video, prepared[0].plan().chunks(), dir.resolve("chunks-brief")));
        double silencedetect = fastest(() -> ffmpeg.ffmpeg(List.of("-i", video.toString(), "-vn",
                "-af", "silencedetect=n=-40dB:d=1", "-f", "null", "-"), Duration.ofHours(1)));
        double pauses = fastest(() -> pauseAnalysis(video, info));
        // The whole analysis at the default settings, picture checks on (auto): one run, timed stage by stage.
        StageClock stages = new StageClock();
        double whole = seconds(() -> analyzeWhole(video, stages));
        Map<String, Double> shares = stages.seconds(whole);
        // The analyse stage reads sound and picture; the sound alone costs what the pause analysis costs.
        double analyse = shares.remove(RunStage.ANALYZE.label());
        shares.put("audio", Math.min(analyse, pauses));
        shares.put("picture", Math.max(0, analyse - pauses));
        double aggregate = shares.remove(RunStage.AGGREGATE.label());
        shares.put(RunStage.AGGREGATE.label(), aggregate);

        List<Ratio> ratios = List.of(
                new Ratio("chunking / plain file copy", ours, copy, "<= 1.3"),
                new Ratio("brief's chunking / ours", brief, ours, ">= 3"),
                new Ratio("local pause analysis / bare silencedetect", pauses, silencedetect, "<= 1.1"),
                new Ratio("whole analyze / (copy + bare silencedetect)", whole, copy + silencedetect, "<= 3"));
        if (json) {
            out.println(json(info, ratios, shares, prepared[0].chunks().size()));
        } else {
            out.printf(Locale.ROOT, "%n%-44s %9s %9s %8s %s%n", "measure", "ours (s)", "base (s)", "ratio", "target");
            ratios.forEach(r -> row(out, r.name(), r.ours(), r.base(), r.target()));
            out.printf(Locale.ROOT, "%nwhole analyze by stage (audio = the pause analysis above, picture = the rest"
                    + " of the analyse stage):%n");
            shares.forEach((stage, secs) -> out.printf(Locale.ROOT, "  %-10s %8.2f s %6.1f%%%n", stage, secs,
                    100 * secs / whole));
            out.printf(Locale.ROOT, "%nchunks: %d of at most %d MB; quick measurements are the fastest of %d runs%n",
                    prepared[0].chunks().size(), ChunkLimits.DEFAULT.maxChunkBytes() >> 20, runs);
        }
        out.flush();
        for (String work : List.of("chunks-ours", "chunks-brief", "analyze-work")) {
            FileTrees.delete(dir.resolve(work));
        }
    }

    /** One measurement against its baseline. */
    record Ratio(String name, double ours, double base, String target) {
    }

    private String json(MediaInfo info, List<Ratio> ratios, Map<String, Double> shares, int chunks) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "{\"file\": {\"sizeBytes\": %d, \"durationSeconds\": %.3f}, \"cores\": %d, "
                        + "\"chunks\": %d, \"runs\": %d, \"ratios\": [", info.sizeBytes(), info.durationSeconds(),
                Runtime.getRuntime().availableProcessors(), chunks, runs));
        for (int i = 0; i < ratios.size(); i++) {
            Ratio r = ratios.get(i);
            b.append(String.format(Locale.ROOT, "%s{\"measure\": \"%s\", \"ours\": %.3f, \"base\": %.3f, "
                    + "\"ratio\": %.3f, \"target\": \"%s\"}", i == 0 ? "" : ", ", r.name(), r.ours(), r.base(),
                    r.ours() / r.base(), r.target()));
        }
        b.append("], \"stages\": {");
        String separator = "";
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            b.append(String.format(Locale.ROOT, "%s\"%s\": %.3f", separator, e.getKey(), e.getValue()));
            separator = ", ";
        }
        return b.append("}}").toString();
    }

    /** When each stage of a run was first reported, so the whole run can be shared out by stage. */
    private static final class StageClock implements RunProgress {
        private final long started = System.nanoTime();
        private final Map<RunStage, Long> firstSeen = new java.util.EnumMap<>(RunStage.class);

        @Override
        public synchronized void update(RunStage stage, double fraction, int chunksDone, int chunkCount) {
            firstSeen.putIfAbsent(stage, System.nanoTime());
        }

        /** Seconds per stage, in order; the last seen runs to {@code total} seconds after the start. */
        synchronized Map<String, Double> seconds(double total) {
            Map<String, Double> out = new java.util.LinkedHashMap<>();
            List<RunStage> seen = List.copyOf(firstSeen.keySet());
            for (int i = 0; i < seen.size(); i++) {
                double from = (firstSeen.get(seen.get(i)) - started) / 1e9;
                double to = i + 1 < seen.size() ? (firstSeen.get(seen.get(i + 1)) - started) / 1e9 : total;
                out.put(seen.get(i).label(), Math.max(0, to - from));
            }
            for (RunStage stage : List.of(RunStage.PROBE, RunStage.NORMALIZE, RunStage.PLAN, RunStage.CUT,
                    RunStage.ANALYZE, RunStage.AGGREGATE)) {
                out.putIfAbsent(stage.label(), 0.0);
            }
            return out;
        }
    }

    static void row(PrintWriter out, String name, double ours, double base, String target) {
        out.printf(Locale.ROOT, "%-44s %9.2f %9.2f %8.2f %s%n", name, ours, base, ours / base, target);
    }

    /** The baseline is cp itself, as a user would copy the file, where there is one. */
    private void copy(Path video) throws IOException {
        Path target = dir.resolve("copy.mp4");
        Path cp = Path.of("/bin/cp");
        if (Files.isExecutable(cp)) {
            try {
                int exit = new ProcessBuilder(cp.toString(), video.toString(), target.toString()).inheritIO().start().waitFor();
                if (exit != 0) {
                    throw new IOException("cp failed with exit code " + exit);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        } else {
            Files.copy(video, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(target);
    }

    private PreparedRecording prepare(Path video, Path work) throws IOException {
        Files.createDirectories(work);
        return new RecordingPreparer(ffmpeg).prepare(video, work, ChunkLimits.DEFAULT, (stage, fraction) -> { });
    }

    /** The brief's chunker: one FFmpeg per chunk, {@code -ss} after {@code -i}, so each run reads from the start. */
    private void briefChunking(Path video, List<PlannedChunk> chunks, Path work) throws IOException {
        Files.createDirectories(work);
        for (PlannedChunk chunk : chunks) {
            ffmpeg.ffmpeg(List.of("-i", video.toString(), "-ss", seconds(chunk.start()), "-to", seconds(chunk.end()),
                    "-c", "copy", "-avoid_negative_ts", "make_zero", "-movflags", "+faststart",
                    work.resolve(String.format(Locale.ROOT, "chunk_%03d.mp4", chunk.index())).toString()),
                    Duration.ofHours(1));
        }
    }

    private void pauseAnalysis(Path video, MediaInfo info) {
        LocalAnalyzer pausesOnly = new LocalAnalyzer(ffmpeg, LocalSettings.DEFAULT.withVideoChecks(false));
        RecordingProfile profile = pausesOnly.profile(new Recording(video, info));
        PlannedChunk whole = new PlannedChunk(0, 0, info.durationSeconds(), info.durationSeconds(), info.sizeBytes());
        pausesOnly.analyze(new ChunkInput(video, whole, 1, info, profile));
    }

    private void analyzeWhole(Path video, RunProgress progress) throws IOException {
        Path work = dir.resolve("analyze-work");
        Files.createDirectories(work);
        new AnalysisRun(ffmpeg, new LocalAnalyzer(ffmpeg, LocalSettings.DEFAULT),
                new AnalysisRun.Options(ChunkLimits.DEFAULT, 5), progress).run(video, work);
    }

    private static void readThrough(Path video) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(video)) {
            while (in.read(buffer) >= 0) {
                // Only the page cache is wanted.
            }
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private double fastest(Work work) throws IOException {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, seconds(work));
        }
        return best;
    }

    static double seconds(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
