package io.roughcut.analysis.local;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects what FFmpeg's blackdetect and freezedetect filters log on stderr, such as
 * {@code black_start:2 black_end:3.5 black_duration:1.5} and {@code lavfi.freezedetect.freeze_start: 3.97}.
 * A stretch still open when the stream ends runs to the end of the file. Lines arrive on FFmpeg's stderr
 * reader thread and results are read after the process ends, so the methods are synchronized.
 */
final class VideoFilterLog implements Consumer<String> {

    private static final String FREEZE_START = "lavfi.freezedetect.freeze_start:";
    private static final String FREEZE_END = "lavfi.freezedetect.freeze_end:";

    private final List<Interval> black = new ArrayList<>();
    private final List<Interval> frozen = new ArrayList<>();
    private double openFreeze = Double.NaN;

    @Override
    public synchronized void accept(String line) {
        if (line.contains("black_start:")) {
            double start = number(line, "black_start:");
            double end = number(line, "black_end:");
            if (!Double.isNaN(start) && !Double.isNaN(end) && end > start) {
                black.add(new Interval(start, end));
            }
        } else if (line.contains(FREEZE_START)) {
            openFreeze = number(line, FREEZE_START);
        } else if (line.contains(FREEZE_END)) {
            double end = number(line, FREEZE_END);
            if (!Double.isNaN(openFreeze) && end > openFreeze) {
                frozen.add(new Interval(openFreeze, end));
            }
            openFreeze = Double.NaN;
        }
    }

    synchronized List<Interval> black() {
        return List.copyOf(black);
    }

    /** The frozen stretches; one still open at the end of the stream ends at {@code streamEnd}. */
    synchronized List<Interval> frozen(double streamEnd) {
        List<Interval> all = new ArrayList<>(frozen);
        if (!Double.isNaN(openFreeze) && streamEnd > openFreeze) {
            all.add(new Interval(openFreeze, streamEnd));
        }
        return all;
    }

    private static double number(String line, String key) {
        int at = line.indexOf(key);
        if (at < 0) {
            return Double.NaN;
        }
        int from = at + key.length();
        while (from < line.length() && line.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < line.length() && !Character.isWhitespace(line.charAt(to))) {
            to++;
        }
        try {
            return Double.parseDouble(line.substring(from, to));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
