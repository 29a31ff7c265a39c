package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CompletionEstimateTests {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theRateSoFarGivesTheTimeLeft() {
        // A quarter in a minute: three more minutes.
        assertThat(CompletionEstimate.of(JobState.ANALYZING, NOW.minusSeconds(60), 25, NOW))
                .isEqualTo(NOW.plusSeconds(180));
        assertThat(CompletionEstimate.of(JobState.PREPARING, NOW.minusSeconds(90), 90, NOW))
                .isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void noGuessBeforeItCanMeanAnythingNorAfterTheEnd() {
        assertThat(CompletionEstimate.of(JobState.ANALYZING, NOW.minusSeconds(60), 1, NOW)).isNull();
        assertThat(CompletionEstimate.of(JobState.ANALYZING, NOW.minusSeconds(2), 40, NOW)).isNull();
        assertThat(CompletionEstimate.of(JobState.QUEUED, null, 0, NOW)).isNull();
        assertThat(CompletionEstimate.of(JobState.COMPLETE, NOW.minusSeconds(60), 100, NOW)).isNull();
        assertThat(CompletionEstimate.of(JobState.FAILED, NOW.minusSeconds(60), 40, NOW)).isNull();
    }
}
