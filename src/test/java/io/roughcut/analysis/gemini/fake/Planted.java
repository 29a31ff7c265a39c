package io.roughcut.analysis.gemini.fake;

/**
 * A cut the fake model "hears" in one media file (fillers cannot be found by signal analysis), in
 * seconds relative to that file. Immutable.
 */
public record Planted(double start, double end, String category, String words) {
}
