package io.roughcut.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code roughcut} command line in this JVM and keeps what it printed. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RoughcutCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(strings);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
