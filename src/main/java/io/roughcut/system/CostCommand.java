package io.roughcut.system;

import io.roughcut.analysis.Usage;
import io.roughcut.analysis.gemini.GeminiCostEstimate;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.gemini.MediaResolution;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code roughcut cost}: what Gemini analysis of a video of some length should cost, before running it. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Estimate the Gemini tokens and cost of analysing a video of the given length.")
final class CostCommand implements Callable<Integer> {

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "60",
            description = "Length of the video in minutes (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--model", paramLabel = "NAME", description = "The model (default: GEMINI_MODEL or gemini-2.5-flash).")
    String model;

    @Option(names = "--resolution", paramLabel = "R", description = "Media resolution: LOW (the default), MEDIUM or HIGH.")
    MediaResolution resolution;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(minutes > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--minutes must be more than 0");
        }
        GeminiSettings.Builder builder = GeminiSettings.fromEnvironment().toBuilder();
        if (model != null) {
            builder.model(model);
        }
        if (resolution != null) {
            builder.mediaResolution(resolution);
        }
        GeminiSettings settings = builder.build();
        if (settings.price() == null) {
            // Without a price every figure would print as $0.000, which reads as free.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "There is no price for the model "
                    + settings.model() + ". Known models: " + String.join(", ", settings.prices().keySet().stream()
                    .sorted().toList()) + ".");
        }
        Usage usage = GeminiCostEstimate.forDuration(minutes * 60, settings);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s at %s resolution, %.0f fps, chunks of at most %.0f s: %d chunks%n",
                settings.model(), settings.mediaResolution(), settings.fps(), settings.maxChunkSeconds(), usage.calls());
        out.printf(Locale.ROOT, "  video frames %,12d tokens%n", usage.videoTokens());
        out.printf(Locale.ROOT, "  audio        %,12d tokens%n", usage.audioTokens());
        out.printf(Locale.ROOT, "  prompt text  %,12d tokens%n", usage.textTokens());
        out.printf(Locale.ROOT, "  answer       %,12d tokens%n", usage.outputTokens());
        out.printf(Locale.ROOT, "  thinking     %,12d tokens (the budget, an upper bound)%n", usage.thinkingTokens());
        out.printf(Locale.ROOT, "Estimated cost of %.0f minutes: $%.3f (list prices; see BENCHMARKS.md)%n",
                minutes, usage.costUsd());
        out.flush();
        return 0;
    }
}
