package io.roughcut.pipeline;

import io.roughcut.media.Normalization;
import io.roughcut.media.PreparationStage;

/**
 * How a job's 0 to 100 % is shared between its stages, so that the percent advances with the work done and
 * not with the stage reached: a transcode gets most of the bar, a file used as it is almost none. Each stage's
 * share comes from what it costs, in units of reading the file once; every node computes the same plan from
 * the job row alone (its normalisation and analyser), so a chunk measured on one worker and a stage reported
 * on another add up to one bar. Immutable.
 *
 * @param preparing how much of the bar preparing takes, in percent: probe, normalise, plan, cut and publish
 * @param costs     what each part of preparing costs, in the same units as the analysis
 */
record ProgressPlan(double preparing, Costs costs) {

    /** The last percents: joining the chunks' cuts, writing the result. */
    static final int AGGREGATING_FROM = 98;

    private static final double PROBE = 0.05;
    private static final double PLAN = 0.1;
    private static final double CUT = 1;
    private static final double PUBLISH = 0.5;

    /** The costs of the parts of preparing, for one normalisation. */
    record Costs(double normalize) {

        double total() {
            return PROBE + normalize + PLAN + CUT + PUBLISH;
        }
    }

    /**
     * @param normalization what the normaliser does to the upload, or null before it is known (the upload is
     *                      then taken to be used as it is, the cheapest: a transcode found later moves the bar
     *                      on more slowly, never back)
     */
    static ProgressPlan of(Normalization normalization, AnalyzerOption analyzer) {
        double normalize = normalization == null ? 0 : switch (normalization) {
            case AS_IS -> 0;
            case REMUX -> 1;
            case AUDIO_TRANSCODE -> 1.5;
            // libx264 at the default preset runs at a few times real time on two cores; reading is far faster.
            case TRANSCODE -> 12;
        };
        // Local reads the sound and, where the frame sizes point, the picture; Gemini uploads each chunk and waits.
        double analysis = switch (analyzer) {
            case LOCAL -> 2;
            case GEMINI, HYBRID -> 4;
        };
        Costs costs = new Costs(normalize);
        return new ProgressPlan(AGGREGATING_FROM * costs.total() / (costs.total() + analysis), costs);
    }

    static ProgressPlan of(String normalization, String analyzer) {
        Normalization known = null;
        for (Normalization n : Normalization.values()) {
            if (n.id().equals(normalization)) {
                known = n;
            }
        }
        return of(known, AnalyzerOption.byId(analyzer).orElse(AnalyzerOption.LOCAL));
    }

    /** The percent once {@code fraction} of {@code stage} is done. */
    double preparing(PreparationStage stage, double fraction) {
        double before = switch (stage) {
            case PROBE -> 0;
            case NORMALIZE -> PROBE;
            case PLAN -> PROBE + costs.normalize();
            case CUT -> PROBE + costs.normalize() + PLAN;
        };
        double cost = switch (stage) {
            case PROBE -> PROBE;
            case NORMALIZE -> costs.normalize();
            case PLAN -> PLAN;
            case CUT -> CUT;
        };
        return preparing * (before + cost * clamp(fraction)) / costs.total();
    }

    /** The percent once {@code fraction} of the prepared files are in the blob store. */
    double publishing(double fraction) {
        return preparing * (costs.total() - PUBLISH + PUBLISH * clamp(fraction)) / costs.total();
    }

    /** The percent once {@code fraction} of the recording's seconds are measured, over all its chunks. */
    double analysing(double fraction) {
        return preparing + (AGGREGATING_FROM - preparing) * clamp(fraction);
    }

    private static double clamp(double fraction) {
        return Double.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
    }
}
