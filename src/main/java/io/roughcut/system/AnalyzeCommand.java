package io.roughcut.system;

import io.roughcut.cutlist.CutList;
import io.roughcut.export.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roughcut analyze FILE}: one video, end to end, the cut list to stdout or a file. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse one video and print its cut list.",
        footer = {"", "Examples:",
                "  roughcut analyze talk.mov",
                "  roughcut analyze talk.mov --export edl -o talk.edl",
                "  roughcut analyze talk.mkv --min-pause 0.7 --margin 0.15 --parallel 2",
                "",
                "Exit codes: 0 success, 2 usage error, 3 bad or unsupported media, 1 anything else."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The video: MP4, MOV, M4V, MKV, WEBM or AVI, up to 5 GB.")
    Path file;

    @Mixin
    AnalysisSettings settings;

    @Option(names = "--export", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: json, csv or edl (default: ${DEFAULT-VALUE}).")
    String export;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the export here instead of stdout.")
    Path output;

    @Option(names = "--keep-work", paramLabel = "DIR",
            description = "Keep the normalised video and the chunks in DIR instead of a temporary folder.")
    Path keepWork;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat format = ExportFormat.fromId(export).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Unknown export format '" + export + "'; choose json, csv or edl."));
        settings.validate(spec.commandLine());
        CutList cutList = settings.analyze(file, keepWork, spec.commandLine().getErr());
        writeExport(cutList, format);
        return 0;
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
}
