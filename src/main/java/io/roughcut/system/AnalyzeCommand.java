package io.roughcut.system;

import io.roughcut.cutlist.CutList;
import io.roughcut.export.ExportFormat;
import io.roughcut.media.KeptRange;
import io.roughcut.media.RenderPlan;
import io.roughcut.media.RenderSettings;
import io.roughcut.media.SmartRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roughcut analyze FILE}: one video, end to end, the cut list to stdout or a file, and the cut video. */
@Command(name = "analyze", mixinStandardHelpOptions = true, modelTransformer = AnalyzeCommand.FormatHelp.class,
        description = "Analyse one video and print its cut list.",
        footer = {"", "Examples:",
                "  roughcut analyze talk.mov",
                "  roughcut analyze talk.mov --export edl -o talk.edl",
                "  roughcut analyze talk.mov --export fcpxml -o talk.fcpxml --render talk-cut.mp4",
                "  roughcut analyze talk.mkv --min-pause 0.7 --margin 0.15 --parallel 2",
                "",
                "Exit codes: 0 success, 2 usage error, 3 bad or unsupported media, 1 anything else."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The video: MP4, MOV, M4V, MKV, WEBM or AVI, up to 5 GB.")
    Path file;

    @Mixin
    AnalysisSettings settings;

    @Option(names = "--export", paramLabel = "FORMAT", defaultValue = "json", completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); see the list below.")
    String export;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the export here instead of stdout.")
    Path output;

    @Option(names = "--render", paramLabel = "OUT.mp4",
            description = "Also write the video with the accepted cuts removed, re-encoding only around the cuts.")
    Path render;

    @Option(names = "--crossfade", paramLabel = "MS", defaultValue = "5",
            description = "Milliseconds of sound cross-faded at each cut of --render, so cuts do not click; 0 for"
                    + " hard cuts (default: ${DEFAULT-VALUE}).")
    double crossfadeMs;

    @Option(names = "--keep-work", paramLabel = "DIR",
            description = "Keep the normalised video and the chunks in DIR instead of a temporary folder.")
    Path keepWork;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        ExportFormat format = ExportFormat.fromId(export).orElseThrow(() -> new CommandLine.ParameterException(cli,
                "Unknown export format '" + export + "'; choose one of " + String.join(", ", new FormatNames()) + "."));
        settings.validate(cli);
        Path video = videoOutput(cli, format);
        if (crossfadeMs < 0 || crossfadeMs > 1000) {
            throw new CommandLine.ParameterException(cli, "--crossfade must be between 0 and 1000 ms");
        }
        CutList cutList = settings.analyze(file, keepWork, cli.getErr(), (result, normalized) -> {
            if (video != null) {
                render(result, normalized, video, cli.getErr());
            }
        });
        if (!format.isRenderedVideo()) {
            writeExport(cutList, format);
        }
        return 0;
    }

    /** Where the cut video goes: {@code --render}, or {@code -o} for {@code --export mp4}; null for none. */
    private Path videoOutput(CommandLine cli, ExportFormat format) {
        Path video = render;
        if (format.isRenderedVideo()) {
            if (output == null || render != null) {
                throw new CommandLine.ParameterException(cli, "--export mp4 writes the cut video to -o OUT.mp4;"
                        + " give -o, or use --render OUT.mp4 beside another export.");
            }
            video = output;
        }
        if (video != null && Files.exists(video) && samePlace(video, file)) {
            throw new CommandLine.ParameterException(cli, "The cut video would overwrite the recording " + file
                    + "; name another file.");
        }
        if (video != null && output != null && !format.isRenderedVideo() && samePlace(video, output)) {
            throw new CommandLine.ParameterException(cli, "--render and -o name the same file; name two.");
        }
        return video;
    }

    private static boolean samePlace(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(CutList cutList, Path normalized, Path video, PrintWriter err) {
        List<KeptRange> kept = new ArrayList<>();
        cutList.keptRanges().forEach(r -> kept.add(new KeptRange(r.start(), r.end())));
        RunProgress progress = settings.progress(err);
        RenderPlan plan = new SmartRenderer(settings.ffmpeg(), RenderSettings.DEFAULT.withCrossfade(crossfadeMs / 1000))
                .render(normalized, kept, video, fraction -> progress.update(RunStage.RENDER, fraction, 0, 0));
        err.printf(Locale.ROOT, "roughcut: wrote %s, %.1f s (%.1f s copied, %.1f s re-encoded around %d cuts)%n",
                video, plan.durationSeconds(), plan.copiedSeconds(), plan.encodedSeconds(),
                cutList.acceptedCuts().size());
        err.flush();
    }

    private void writeExport(CutList cutList, ExportFormat format) throws IOException {
        if (output == null) {
            OutputStream stdout = System.out;
            format.exporter().write(cutList, stdout);
            stdout.flush();
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".roughcut-", ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            format.exporter().write(cutList, out);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // Written beside the target and moved into place, so a failed run never leaves half a file.
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The export formats' names, from the registry, for the help and for shell completion. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            for (ExportFormat f : ExportFormat.values()) {
                add(f.id());
            }
        }
    }

    /** Puts the registry's list of formats, with the editors each is for, at the head of the help's footer. */
    static final class FormatHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            List<String> footer = new ArrayList<>(List.of("", "Export formats (--export):"));
            footer.addAll(ExportFormats.helpLines());
            footer.addAll(List.of(spec.usageMessage().footer()));
            spec.usageMessage().footer(footer.toArray(String[]::new));
            return spec;
        }
    }
}
