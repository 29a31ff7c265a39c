package io.roughcut.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisOptionsTests {

    @Test
    void pictureChecksModesAreNamedAsPeopleTypeThem() {
        assertThat(PictureChecks.fromId(" Camera ")).isEqualTo(PictureChecks.CAMERA);
        assertThat(PictureChecks.AUTO.id()).isEqualTo("auto");
        assertThatThrownBy(() -> PictureChecks.fromId("slides"))
                .hasMessageContaining("\"slides\"").hasMessageContaining("auto, camera or off");
        assertThatThrownBy(() -> PictureChecks.fromId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPauseShorterThanItsMarginsOrOutOfRangeIsRefusedWithTheNumbers() {
        assertThat(AnalysisOptions.DEFAULT.withPause(2, 0.5).minPauseSeconds()).isEqualTo(2);
        assertThatThrownBy(() -> AnalysisOptions.DEFAULT.withPause(0.8, 0.4))
                .hasMessageContaining("0.8 s pause, 0.4 s margin");
        assertThatThrownBy(() -> AnalysisOptions.DEFAULT.withPause(0.1, 0))
                .hasMessageContaining("between 0.3 and 30.0 seconds, not 0.1");
        assertThatThrownBy(() -> AnalysisOptions.DEFAULT.withPause(Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnalysisOptions.DEFAULT.withPictureChecks(null))
                .hasMessageContaining("picture-checks mode is missing");
    }
}
