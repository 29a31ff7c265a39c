package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameRateTests {

    @Test
    void aConstantRateIsWrittenAsItIsOrAsTheEditingRateItSpellsDifferently() {
        FrameRate ntsc = new FrameRate(30000, 1001);

        assertThat(ntsc.forEditing(ntsc, false)).isEqualTo(ntsc);
        assertThat(new FrameRate(2997, 100).forEditing(new FrameRate(2997, 100), false)).isEqualTo(ntsc);
        assertThat(new FrameRate(15, 1).forEditing(new FrameRate(15, 1), false)).as("a screen recording")
                .isEqualTo(new FrameRate(15, 1));
        assertThat(new FrameRate(30, 1).forEditing(new FrameRate(30, 1), false)).isEqualTo(new FrameRate(30, 1));
    }

    @Test
    void aVariableRateIsSnappedToTheEditingRateItsTimestampsCountIn() {
        assertThat(new FrameRate(280, 13).forEditing(new FrameRate(30, 1), true))
                .as("a phone that dropped frames from 30").isEqualTo(new FrameRate(30, 1));
        assertThat(new FrameRate(2834100, 94567).forEditing(new FrameRate(90000, 1), true))
                .as("timestamps in 90 kHz ticks, frames about 29.97 a second").isEqualTo(new FrameRate(30000, 1001));
        assertThat(new FrameRate(143, 10).forEditing(new FrameRate(1000, 1), true))
                .as("nothing near: whole frames a second").isEqualTo(new FrameRate(14, 1));
    }

    @Test
    void variableMeansTheAverageIsNotTheRateTheTimestampsCountIn() {
        assertThat(new VideoStream("h264", 1, 1, new FrameRate(280, 13), "yuv420p", new FrameRate(30, 1))
                .variableFrameRate()).isTrue();
        assertThat(new VideoStream("h264", 1, 1, new FrameRate(2997, 100), "yuv420p", new FrameRate(30000, 1001))
                .variableFrameRate()).isFalse();
        assertThat(new FrameRate(30000, 1001).isNtsc()).isTrue();
        assertThat(new FrameRate(60000, 1001).isNtsc()).isTrue();
        assertThat(new FrameRate(25, 1).isNtsc()).isFalse();
        assertThat(new FrameRate(25, 2).isNtsc()).isFalse();
        assertThat(FrameRate.parse("0/0")).isEmpty();
        assertThat(FrameRate.parse("N/A")).isEmpty();
        assertThat(FrameRate.parse("24000/1001")).contains(new FrameRate(24000, 1001));
    }
}
