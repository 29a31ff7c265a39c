package io.roughcut.analysis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Usage;
import org.junit.jupiter.api.Test;

class GeminiCostEstimateTests {

    @Test
    void anHourAtTheDefaultsCostsAtMostAQuarterDollar() {
        Usage hour = GeminiCostEstimate.forDuration(3600, GeminiSettings.defaults("k"));

        assertThat(hour.calls()).isEqualTo(6);
        assertThat(hour.videoTokens()).isEqualTo(3600L * 66);
        assertThat(hour.audioTokens()).isEqualTo(3600L * 32);
        assertThat(hour.textTokens()).isEqualTo(6L * 700);
        assertThat(hour.outputTokens()).isEqualTo(60L * 180);
        assertThat(hour.thinkingTokens()).isEqualTo(6L * 1024);
        // (237,600 + 4,200) x $0.30 + 115,200 x $1.00 + (10,800 + 6,144) x $2.50, per million.
        assertThat(hour.costUsd()).isCloseTo(0.07254 + 0.1152 + 0.04236, within(1e-9));
        assertThat(hour.costUsd()).isLessThanOrEqualTo(0.25);
    }

    @Test
    void defaultResolutionCostsMoreThanLow() {
        GeminiSettings low = GeminiSettings.defaults("k");
        GeminiSettings medium = low.toBuilder().mediaResolution(MediaResolution.MEDIUM).build();

        assertThat(GeminiCostEstimate.forDuration(3600, medium).videoTokens()).isEqualTo(3600L * 258);
        assertThat(GeminiCostEstimate.forDuration(3600, medium).costUsd())
                .isGreaterThan(GeminiCostEstimate.forDuration(3600, low).costUsd());
    }

    @Test
    void anUnpricedModelCostsNothingRatherThanAGuess() {
        Usage usage = GeminiCostEstimate.forDuration(600, GeminiSettings.defaults("k").toBuilder().model("gemini-9").build());

        assertThat(usage.costUsd()).isZero();
        assertThat(usage.promptTokens()).isPositive();
    }

    @Test
    void nothingToAnalyseCostsNothing() {
        assertThat(GeminiCostEstimate.forDuration(0, GeminiSettings.defaults("k"))).isEqualTo(Usage.NONE);
    }
}
