package io.roughcut.system;

/**
 * The stages of one analysis run, in order, with the share of the whole run each is shown as taking.
 * The shares are rough: they make the overall percentage move steadily, nothing more.
 */
enum RunStage {
    PROBE("probe", 0.00, 0.02),
    NORMALIZE("normalize", 0.02, 0.25),
    PLAN("plan", 0.25, 0.27),
    CUT("cut", 0.27, 0.35),
    ANALYZE("analyze", 0.35, 0.97),
    AGGREGATE("aggregate", 0.97, 1.00),
    /** Rendering the cut video, after the analysis: a bar of its own. */
    RENDER("render", 0.00, 1.00);

    private final String label;
    private final double from;
    private final double to;

    RunStage(String label, double from, double to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    String label() {
        return label;
    }

    /** The overall fraction, 0 to 1, when this stage is {@code stageFraction} done. */
    double overall(double stageFraction) {
        return from + (to - from) * Math.clamp(stageFraction, 0.0, 1.0);
    }
}
