package io.roughcut.system;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.analysis.gemini.GeminiAnalyzer;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.hybrid.HybridAnalyzer;
import io.roughcut.analysis.local.LocalAnalyzer;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.cutlist.CutList;
import io.roughcut.media.ChunkLimits;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import io.roughcut.storage.FileTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options shared by {@code analyze} and {@code demo}, and the run they configure. */
final class AnalysisSettings {

    @Option(names = "--min-pause", paramLabel = "S", defaultValue = "1.0",
            description = "Shortest silence to cut, in seconds (default: ${DEFAULT-VALUE}).")
    double minPause;

    @Option(names = "--margin", paramLabel = "S", defaultValue = "0.2",
            description = "Seconds of silence kept on each side of a cut, so no word is clipped (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--chunk-size", paramLabel = "SIZE", defaultValue = "500MB", converter = ByteSizeConverter.class,
            description = "Largest chunk file, such as 500MB or 2MB (default: ${DEFAULT-VALUE}).")
    long chunkSize;

    @Option(names = "--overlap", paramLabel = "S", defaultValue = "1.0",
            description = "Seconds each chunk's file runs into the next chunk, at least --margin "
                    + "(default: ${DEFAULT-VALUE}).")
    double overlap;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "5",
            description = "Chunks analysed at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--analyzer", paramLabel = "NAME", defaultValue = "local",
            description = "local (offline signal analysis), gemini or hybrid (both; needs GEMINI_API_KEY) "
                    + "(default: ${DEFAULT-VALUE}).")
    AnalyzerOption analyzer;

    @Option(names = "--picture-checks", paramLabel = "MODE", defaultValue = "auto", converter = PictureChecksConverter.class,
            description = "How black and frozen video are judged: auto (a recording whose picture is mostly still, "
                    + "such as slides, counts a freeze only while the sound is silent too), camera (every freeze "
                    + "counts) or off (the picture is not looked at) (default: ${DEFAULT-VALUE}).")
    PictureChecks pictureChecks;

    /** The flag of earlier versions, kept so scripts that use it still run. */
    @Option(names = "--no-picture-checks", hidden = true, description = "The same as --picture-checks off.")
    boolean noPictureChecks;

    @Option(names = "--review-cuts", paramLabel = "CHOICE", defaultValue = "keep", converter = ReviewCuts.Converter.class,
            description = "What to do with the cuts proposed for review (picture faults that would remove speech): "
                    + "keep them proposed, accept or reject them all (default: ${DEFAULT-VALUE}).")
    ReviewCuts reviewCuts;

    @Option(names = "--ffmpeg", paramLabel = "PATH",
            description = "Use this ffmpeg instead of the bundled one (its ffprobe is looked for beside it).")
    Path ffmpegPath;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "Progress on stderr: auto, bar, lines or none (default: ${DEFAULT-VALUE}).")
    String progressMode;

    void validate(CommandLine commandLine) {
        require(commandLine, minPause > 0, "--min-pause must be more than 0 seconds");
        require(commandLine, margin >= 0 && margin * 2 < minPause,
                "--margin must be at least 0 and less than half of --min-pause");
        require(commandLine, overlap >= 0, "--overlap cannot be negative");
        require(commandLine, parallel >= 1 && parallel <= 64, "--parallel must be between 1 and 64");
        require(commandLine, chunkSize >= 64 * 1024, "--chunk-size must be at least 64KB");
        require(commandLine, chunkSize <= ChunkLimits.DEFAULT.maxChunkBytes(),
                "--chunk-size cannot be more than 500MB");
        require(commandLine, java.util.List.of("auto", "bar", "lines", "none").contains(progressMode),
                "--progress must be auto, bar, lines or none");
    }

    private static void require(CommandLine commandLine, boolean condition, String message) {
        if (!condition) {
            throw new CommandLine.ParameterException(commandLine, message);
        }
    }

    /** What to do with a finished analysis while its normalised video still exists. */
    @FunctionalInterface
    interface Finish {
        void accept(CutList cutList, Path normalized) throws IOException;
    }

    /** The picture-checks mode chosen, the old {@code --no-picture-checks} being {@code off}. */
    PictureChecks mode() {
        return noPictureChecks ? PictureChecks.OFF : pictureChecks;
    }

    /** Reads {@code --picture-checks} by the names results use. */
    static final class PictureChecksConverter implements CommandLine.ITypeConverter<PictureChecks> {
        @Override
        public PictureChecks convert(String value) {
            try {
                return PictureChecks.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The FFmpeg that {@code --ffmpeg} or the environment names, or the bundled one. */
    FfmpegRunner ffmpeg() {
        return new FfmpegRunner(FfmpegTools.fromEnvironment(System.getenv(), ffmpegPath));
    }

    /** Runs the analysis in {@code keepWork}, or in a temporary folder that is removed afterwards. */
    CutList analyze(Path file, Path keepWork, PrintWriter err) throws IOException {
        return analyze(file, keepWork, err, (cutList, normalized) -> { });
    }

    /**
     * Runs the analysis as {@link #analyze(Path, Path, PrintWriter)} does, and hands the result with the
     * normalised video to {@code finish} before the temporary folder goes.
     */
    CutList analyze(Path file, Path keepWork, PrintWriter err, Finish finish) throws IOException {
        FfmpegRunner ffmpeg = ffmpeg();
        GeminiSettings gemini = GeminiSettings.fromEnvironment();
        ChunkLimits limits = new ChunkLimits(chunkSize, Double.POSITIVE_INFINITY, effectiveOverlap());
        if (analyzer.usesGemini()) {
            // A chunk's tokens must fit the model's context and its answer the output limit.
            limits = gemini.chunkLimits(limits);
        }
        try (AnalyzerSet analyzers = analyzers(ffmpeg, gemini)) {
            AnalysisRun run = new AnalysisRun(ffmpeg, analyzers.chosen(),
                    new AnalysisRun.Options(limits, parallel, AnalysisOptions.DEFAULT.withPictureChecks(mode())),
                    progress(err));
            Path work = keepWork != null ? Files.createDirectories(keepWork) : Files.createTempDirectory("roughcut-");
            try {
                AnalysisRun.Result result = run.run(file, work);
                CutList cutList = reviewCuts.apply(result.cutList());
                finish.accept(cutList, result.normalized());
                return cutList;
            } finally {
                if (keepWork == null) {
                    FileTrees.delete(work);
                }
            }
        }
    }

    /**
     * A silence that ends less than a margin after a chunk boundary leaves the next chunk nothing to cut,
     * so the chunk before must see where it ends: the overlap is never less than the margin.
     */
    double effectiveOverlap() {
        return Math.max(overlap, margin);
    }

    /** The chosen analyser, and the Gemini client it may hold, which must be closed after the run. */
    private record AnalyzerSet(Analyzer chosen, GeminiAnalyzer gemini) implements AutoCloseable {
        @Override
        public void close() {
            if (gemini != null) {
                gemini.close();
            }
        }
    }

    private AnalyzerSet analyzers(FfmpegRunner ffmpeg, GeminiSettings settings) {
        LocalAnalyzer local = new LocalAnalyzer(ffmpeg,
                LocalSettings.DEFAULT.withPause(minPause, margin).withVideoChecks(mode() != PictureChecks.OFF));
        return switch (analyzer) {
            case LOCAL -> new AnalyzerSet(local, null);
            case GEMINI -> {
                GeminiAnalyzer gemini = GeminiAnalyzer.fromSettings(settings, ffmpeg);
                yield new AnalyzerSet(HybridAnalyzer.geminiWithSound(local, gemini), gemini);
            }
            case HYBRID -> {
                GeminiAnalyzer gemini = GeminiAnalyzer.fromSettings(settings, ffmpeg);
                yield new AnalyzerSet(new HybridAnalyzer(local, gemini), gemini);
            }
        };
    }

    RunProgress progress(PrintWriter err) {
        return switch (progressMode) {
            case "none" -> RunProgress.NONE;
            case "bar" -> new ProgressDisplay(err, true);
            case "lines" -> new ProgressDisplay(err, false);
            default -> new ProgressDisplay(err, ProgressDisplay.stderrIsTerminal());
        };
    }
}
