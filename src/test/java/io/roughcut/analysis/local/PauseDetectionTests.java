package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PauseDetectionTests {

    private static final double TOLERANCE = 0.05;

    @TempDir
    Path dir;

    private final LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    /** Dead air 0-1.5, speech, a 1.5 s pause at 4-5.5, speech, a 0.8 s gap at 7-7.8, speech, dead air 9.5-12. */
    private static TalkMedia talk() {
        return TalkMedia.of(12).speech(1.5, 4).speech(5.5, 7).speech(7.8, 9.5);
    }

    @Test
    void quietStudioPausesAreCutWithTheirMarginAndDeadAirToTheEdges() {
        Path file = talk().noise(TalkMedia.QUIET_STUDIO).write(dir, "studio.mp4");

        List<Segment> cuts = analyse(file);

        assertExpectedCuts(cuts);
        assertThat(cuts).allSatisfy(s -> assertThat(s.fragment()).isNull());
        assertThat(cuts.get(1).reason()).isEqualTo("1.5 s silence");
    }

    @Test
    void noisyRoomGivesTheSamePauses() {
        Path file = talk().noise(TalkMedia.NOISY_ROOM).write(dir, "noisy.mp4");

        RecordingProfile profile = analyzer.profile(TalkMedia.recording(file));

        assertThat(profile.noiseFloorDb()).isBetween(-33.0, -27.0);
        assertThat(profile.speechLevelDb()).isBetween(-14.0, -10.0);
        assertExpectedCuts(analyzer.analyze(TalkMedia.whole(file, profile)).segments());
    }

    @Test
    void aFixedMinus40DbThresholdFindsNoPauseInTheNoisyRoom() {
        Path file = talk().noise(TalkMedia.NOISY_ROOM).write(dir, "noisy.mp4");
        // A profile whose threshold lands at -40 dBFS, as silencedetect's usual n=-40dB.
        RecordingProfile fixed = new RecordingProfile(-40 - 0.3 * 60 / 0.7, -40 + 60);
        assertThat(SilenceThreshold.dbFor(fixed, 0.3)).isCloseTo(-40, within(0.01));

        assertThat(analyzer.analyze(TalkMedia.whole(file, fixed)).segments()).isEmpty();
    }

    @Test
    void aGapShorterThanTheMinimumIsKeptAndALongerMinimumKeepsMore() {
        Path file = talk().write(dir, "studio.mp4");
        LocalAnalyzer strict = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT.withMinPauseSeconds(2.0));

        List<Segment> cuts = strict.analyze(TalkMedia.whole(file, strict.profile(TalkMedia.recording(file))))
                .segments();

        // Only the 2.5 s of dead air at the end is long enough; the 1.5 s pauses at the start and at 4 s are not.
        assertThat(cuts).hasSize(1);
        assertCut(cuts.getFirst(), Category.DEAD_AIR, 9.7, 12.0);
    }

    @Test
    void soundThatStartsAfterThePictureIsTimedByTheFilesClock() {
        Path talk = talk().write(dir, "studio.mp4");
        // The same sound, starting 0.3 s into the file.
        Path late = TestMedia.generate(dir.resolve("late.mp4"), "-i", talk.toString(), "-itsoffset", "0.3",
                "-i", talk.toString(), "-map", "0:v", "-map", "1:a", "-c", "copy");

        List<Segment> cuts = analyse(late);

        assertThat(cuts).hasSizeGreaterThanOrEqualTo(2);
        assertCut(cuts.get(0), Category.DEAD_AIR, 0.0, 1.6);
        assertCut(cuts.get(1), Category.PAUSE, 4.5, 5.6);
    }

    private List<Segment> analyse(Path file) {
        return analyzer.analyze(TalkMedia.whole(file, analyzer.profile(TalkMedia.recording(file)))).segments();
    }

    private static void assertExpectedCuts(List<Segment> cuts) {
        assertThat(cuts).hasSize(3);
        assertCut(cuts.get(0), Category.DEAD_AIR, 0.0, 1.3);
        assertCut(cuts.get(1), Category.PAUSE, 4.2, 5.3);
        assertCut(cuts.get(2), Category.DEAD_AIR, 9.7, 12.0);
        assertThat(cuts).allSatisfy(s -> assertThat(s.confidence()).isBetween(0.6, 0.99));
    }

    static void assertCut(Segment cut, Category category, double start, double end) {
        assertThat(cut.category()).as("category of %s", cut).isEqualTo(category);
        assertThat(cut.start()).as("start of %s", cut).isCloseTo(start, within(TOLERANCE));
        assertThat(cut.end()).as("end of %s", cut).isCloseTo(end, within(TOLERANCE));
    }
}
