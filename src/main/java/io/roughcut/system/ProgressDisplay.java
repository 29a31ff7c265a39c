package io.roughcut.system;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a run's progress on stderr: a bar redrawn in place on a terminal, or one plain line per change of
 * stage, per finished chunk and per tenth of a render when stderr is a file or a pipe, so logs stay readable.
 */
final class ProgressDisplay implements RunProgress {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private RunStage lastStage;
    private int lastChunksDone = -1;
    private int lastPercent = -1;

    ProgressDisplay(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * True when stderr is most likely a terminal. Java cannot ask about stderr alone; a console on stdin and
     * stdout, with a terminal type set, is the best sign available.
     */
    static boolean stderrIsTerminal() {
        java.io.Console console = System.console();
        if (console == null || System.getenv("TERM") == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // Since Java 22 System.console() may exist without a terminal; isTerminal() tells them apart.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void update(RunStage stage, double fraction, int chunksDone, int chunkCount) {
        // The epsilon keeps 0.66 from showing as 65 through binary rounding.
        int percent = (int) Math.floor(stage.overall(fraction) * 100 + 1e-9);
        if (terminal) {
            if (percent == lastPercent && stage == lastStage && chunksDone == lastChunksDone) {
                return;
            }
            int filled = percent * BAR_WIDTH / 100;
            String chunks = chunkCount > 0 ? String.format(Locale.ROOT, "  chunks %d/%d", chunksDone, chunkCount) : "";
            err.printf(Locale.ROOT, "\r%-9s [%s%s] %3d%%%s   ", stage.label(), "#".repeat(filled),
                    "-".repeat(BAR_WIDTH - filled), percent, chunks);
            if ((stage == RunStage.AGGREGATE || stage == RunStage.RENDER) && fraction >= 1.0) {
                err.println();
            }
        } else if (stage != lastStage || chunksDone != lastChunksDone
                || stage == RunStage.RENDER && percent / 10 != lastPercent / 10) {
            String chunks = chunkCount > 0 ? String.format(Locale.ROOT, " chunks %d/%d", chunksDone, chunkCount) : "";
            err.printf(Locale.ROOT, "roughcut: %s %d%%%s%n", stage.label(), percent, chunks);
        }
        err.flush();
        lastStage = stage;
        lastChunksDone = chunksDone;
        lastPercent = percent;
    }
}
