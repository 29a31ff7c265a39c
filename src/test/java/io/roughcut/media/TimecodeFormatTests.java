package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimecodeFormatTests {

    private static final FrameRate NTSC = new FrameRate(30000, 1001);

    @Test
    void dropFrameSkipsTwoLabelsAMinuteExceptEveryTenth() {
        TimecodeFormat df = new TimecodeFormat(30, true);

        assertThat(df.label(0)).isEqualTo("00:00:00;00");
        assertThat(df.label(1799)).isEqualTo("00:00:59;29");
        assertThat(df.label(1800)).as("00:01:00;00 and ;01 do not exist").isEqualTo("00:01:00;02");
        assertThat(df.label(17_982)).as("the tenth minute keeps its labels").isEqualTo("00:10:00;00");
        assertThat(df.label(107_892)).as("an hour of 29.97 video").isEqualTo("01:00:00;00");
        assertThat(new TimecodeFormat(60, true).label(3600)).isEqualTo("00:01:00;04");
        assertThat(new TimecodeFormat(30, false).label(107_892)).isEqualTo("00:59:56:12");
    }

    @Test
    void aFilesLabelIsReadInTheCountingItsSeparatorSays() {
        assertThat(TimecodeFormat.parse("01:00:00;00", NTSC)).hasValueSatisfying(start -> {
            assertThat(start.frame()).isEqualTo(107_892);
            assertThat(start.format()).isEqualTo(new TimecodeFormat(30, true));
            assertThat(start.label()).isEqualTo("01:00:00;00");
        });
        assertThat(TimecodeFormat.parse("01:00:00:00", NTSC).orElseThrow().frame()).isEqualTo(108_000);
        assertThat(TimecodeFormat.parse("10:00:00:00", new FrameRate(25, 1)).orElseThrow().frame()).isEqualTo(900_000);
        assertThat(TimecodeFormat.parse(" 00:59:50:12 ", new FrameRate(24000, 1001)).orElseThrow().frame())
                .isEqualTo((59 * 60 + 50) * 24 + 12);
        assertThat(TimecodeFormat.parse("10:00:00;00", new FrameRate(25, 1)).orElseThrow().format().dropFrame())
                .as("drop frame exists only at 29.97 and 59.94").isFalse();
    }

    @Test
    void whatIsNotATimecodeIsNone() {
        assertThat(TimecodeFormat.parse(null, NTSC)).isEmpty();
        assertThat(TimecodeFormat.parse("", NTSC)).isEmpty();
        assertThat(TimecodeFormat.parse("tomorrow", NTSC)).isEmpty();
        assertThat(TimecodeFormat.parse("00:00:00:30", NTSC)).as("frame 30 at base 30").isEmpty();
        assertThat(TimecodeFormat.parse("00:61:00:00", NTSC)).isEmpty();
    }
}
