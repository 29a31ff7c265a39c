package io.roughcut.system;

import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Summary;
import io.roughcut.export.ExportFormat;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.FfmpegTools;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code roughcut demo}: makes a short talk-like video and analyses it, so a new user sees the whole
 * product work with nothing to download.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Make a 33-second talk-like sample video, analyse it, and show the cuts.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "roughcut-demo",
            description = "Where the sample video and its results go (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Mixin
    AnalysisSettings settings;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        settings.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(dir);
        Path video = dir.resolve("demo.mp4");
        err.println("roughcut: making a sample talk with pauses, black video and a frozen picture: " + video);
        err.flush();
        DemoVideo.write(new FfmpegRunner(FfmpegTools.fromEnvironment(System.getenv(), settings.ffmpegPath)), video);
        CutList cutList = settings.analyze(video, null, err);
        for (ExportFormat format : ExportFormat.cutListFormats()) {
            // FCPXML 1.10 shares its extension with 1.11, so its file says which it is.
            String name = format == ExportFormat.FCPXML_1_10 ? "result-1.10" : "result";
            try (OutputStream file = Files.newOutputStream(dir.resolve(format.fileName(name + ".mp4")))) {
                format.exporter().write(cutList, file);
            }
        }
        printTable(out, cutList);
        out.printf(Locale.ROOT, "%nThe full result is in %s, and beside it for editors: %s.%n",
                dir.resolve("result.json"), String.join(", ", ExportFormat.cutListFormats().stream()
                        .filter(f -> f != ExportFormat.JSON).map(ExportFormat::label).toList()));
        out.println("Next: java -jar target/roughcut.jar analyze YOUR-VIDEO.mp4 > cuts.json");
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, CutList cutList) {
        out.printf(Locale.ROOT, "%-13s %-13s %7s  %-12s %s%n", "start", "end", "length", "category", "reason");
        for (Cut cut : cutList.segmentsToRemove()) {
            out.printf(Locale.ROOT, "%-13s %-13s %6.2fs  %-12s %s%n", cut.startTimecode(), cut.endTimecode(),
                    cut.duration(), cut.category().id(), cut.reason());
        }
        Summary s = cutList.summary();
        out.printf(Locale.ROOT, "%n%d cuts remove %.1f s of %.1f s; %.1f s remain.%n", s.cutCount(), s.timeRemoved(),
                s.originalDuration(), s.finalDuration());
    }
}
