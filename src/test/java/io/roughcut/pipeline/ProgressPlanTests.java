package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.media.Normalization;
import io.roughcut.media.PreparationStage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPlanTests {

    @Test
    void everyStageMovesTheBarOnAndTheStagesMeetWhereTheyHandOver() {
        for (Normalization n : Normalization.values()) {
            for (AnalyzerOption a : AnalyzerOption.values()) {
                ProgressPlan plan = ProgressPlan.of(n, a);
                List<Double> bar = new ArrayList<>();
                for (PreparationStage stage : PreparationStage.values()) {
                    for (double f = 0; f <= 1.0001; f += 0.25) {
                        bar.add(rounded(plan.preparing(stage, f)));
                    }
                }
                for (double f = 0; f <= 1.0001; f += 0.25) {
                    bar.add(rounded(plan.publishing(f)));
                }
                for (double f = 0; f <= 1.0001; f += 0.25) {
                    bar.add(rounded(plan.analysing(f)));
                }
                assertThat(bar).as(n + " " + a).isSorted();
                assertThat(bar.getFirst()).isZero();
                assertThat(plan.publishing(1)).isCloseTo(plan.analysing(0), within(1e-9));
                assertThat(bar.getLast()).isEqualTo(ProgressPlan.AGGREGATING_FROM);
            }
        }
    }

    @Test
    void aTranscodeTakesMostOfTheBarAndAFileUsedAsItIsAlmostNone() {
        ProgressPlan asIs = ProgressPlan.of(Normalization.AS_IS, AnalyzerOption.LOCAL);
        ProgressPlan transcode = ProgressPlan.of(Normalization.TRANSCODE, AnalyzerOption.LOCAL);
        assertThat(asIs.analysing(0)).isBetween(20.0, 50.0);
        assertThat(transcode.analysing(0)).isGreaterThan(75);
        // Half of the transcode is far along the bar: the conversion no longer crawls through a few percents.
        assertThat(transcode.preparing(PreparationStage.NORMALIZE, 0.5)).isGreaterThan(35);
        assertThat(ProgressPlan.of(Normalization.AS_IS, AnalyzerOption.GEMINI).analysing(0))
                .as("Gemini's analysis takes longer, so preparing is a smaller share").isLessThan(asIs.analysing(0));
    }

    @Test
    void aPlanIsMadeFromTheJobRowsNamesAndAnUnknownNormalisationIsTheCheapest() {
        assertThat(ProgressPlan.of("transcode", "hybrid"))
                .isEqualTo(ProgressPlan.of(Normalization.TRANSCODE, AnalyzerOption.HYBRID));
        assertThat(ProgressPlan.of((String) null, "local"))
                .isEqualTo(ProgressPlan.of(Normalization.AS_IS, AnalyzerOption.LOCAL));
    }

    @Test
    void reportsOutOfRangeAreHeldToTheStage() {
        ProgressPlan plan = ProgressPlan.of(Normalization.REMUX, AnalyzerOption.LOCAL);
        assertThat(plan.analysing(1.5)).isEqualTo(ProgressPlan.AGGREGATING_FROM);
        assertThat(plan.analysing(Double.NaN)).isEqualTo(plan.analysing(0));
        assertThat(plan.preparing(PreparationStage.CUT, -1)).isEqualTo(plan.preparing(PreparationStage.CUT, 0));
    }

    /** Stages meet at the same percent, give or take the last bit of a double. */
    private static double rounded(double percent) {
        return Math.round(percent * 1e9) / 1e9;
    }
}
