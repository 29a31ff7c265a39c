package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.media.MediaInfo;
import io.roughcut.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** auto-editor's public-domain example: speech 1.3-17.3 s, silence to 40.0 s, a burst, silence to the end. */
class RealRecordingTests {

    // In CI the repository is a sibling of shared/.
    private static final Path SAMPLE = Path.of("../shared/media/auto-editor-example.mp4");

    @Test
    void theLongSilenceIsCutAndTheSpeechKept() {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "the shared sample media is not beside the repository");
        LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);
        RecordingProfile profile = analyzer.profile(TalkMedia.recording(SAMPLE));

        List<Segment> cuts = analyzer.analyze(TalkMedia.whole(SAMPLE, profile)).segments();

        Segment longSilence = cuts.stream().filter(s -> s.duration() > 20).findFirst().orElseThrow();
        assertThat(longSilence.category()).isEqualTo(Category.PAUSE);
        assertThat(longSilence.start()).isCloseTo(17.5, within(0.3));
        assertThat(longSilence.end()).isCloseTo(39.8, within(0.3));
        assertThat(cuts).noneMatch(s -> s.end() > 1.5 && s.start() < 17.2 && s.duration() > 1.0);
        assertThat(cuts.stream().mapToDouble(Segment::duration).sum()).isLessThan(42.4 - 16);
    }

    @Test
    void inChunksTheLongSilenceAcrossABoundaryIsStillOneCut(@TempDir Path dir) {
        Assumptions.assumeTrue(Files.isRegularFile(SAMPLE), "the shared sample media is not beside the repository");
        // The sound alone: decoding the picture of every chunk would only slow the suite down.
        LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT.withVideoChecks(false));
        MediaInfo info = TalkMedia.info(SAMPLE);
        RecordingProfile profile = analyzer.profile(new Recording(SAMPLE, info));
        List<Segment> whole = analyzer.analyze(TalkMedia.whole(SAMPLE, profile)).segments();

        // Keyframes every 2 s; the silence 17.3-40.0 spans the boundaries at 20 and 30.
        List<Segment> chunked = ChunkedRun.analyse(analyzer, SAMPLE, info, new double[] {0, 12, 20, 30}, profile, dir);

        assertThat(chunked).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            PauseDetectionTests.assertCut(chunked.get(i), whole.get(i).category(), whole.get(i).start(),
                    whole.get(i).end());
        }
    }
}
