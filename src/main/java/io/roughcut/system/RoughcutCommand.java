package io.roughcut.system;

import io.roughcut.RoughcutException;
import io.roughcut.media.InvalidMediaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code roughcut} command line, the jar's entry point. Exit codes: 0 success, 2 usage error, 3 bad or
 * unsupported media, 1 anything else. Errors print as one line, without a stack trace.
 */
@Command(name = "roughcut", mixinStandardHelpOptions = true, versionProvider = RoughcutVersion.class,
        description = "Finds what to cut out of long talking videos: pauses, dead air, filler words, "
                + "false starts, black and frozen video.",
        subcommands = {ServeCommand.class, AnalyzeCommand.class, DemoCommand.class, CostCommand.class, BenchCommand.class,
                BenchServiceCommand.class, WaveformBenchCommand.class, CommandLine.HelpCommand.class})
public final class RoughcutCommand implements Runnable {

    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_BAD_MEDIA = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RoughcutCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("roughcut: " + oneLine(e));
            commandLine.getErr().flush();
            return exitCodeOf(e);
        });
        return cli;
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof InvalidMediaException) {
            return EXIT_BAD_MEDIA;
        }
        if (e instanceof CommandLine.ParameterException) {
            return EXIT_USAGE;
        }
        return EXIT_FAILURE;
    }

    private static String oneLine(Throwable e) {
        if (e instanceof RoughcutException) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "unexpected " + e.getClass().getSimpleName() + message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, for example: roughcut demo");
    }
}
