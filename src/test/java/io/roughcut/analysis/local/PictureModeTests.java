package io.roughcut.analysis.local;

import static io.roughcut.analysis.local.PictureAccuracyTests.assertFault;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.analysis.Segment;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A talk over two slides (one still picture to 4 s, another to 10 s), spoken 0-3, 3.5-5.5 and 8-10: in
 * {@code auto} mode only the silent part of a freeze is a fault, in {@code camera} mode every freeze is, and
 * one over speech is proposed for review with what it would remove; {@code off} looks at no picture.
 */
class PictureModeTests {

    @TempDir
    static Path dir;
    static Path slides;

    private static final LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    @BeforeAll
    static void generate() {
        slides = TalkMedia.of(10).speech(0, 3).speech(3.5, 5.5).speech(8, 10).picture("testsrc2=s=320x180:r=25")
                .videoFilter("split[x][y];[x][y]freezeframes=first=1:last=99:replace=0,"
                        + "split[p][q];[p][q]freezeframes=first=101:last=249:replace=100")
                .write(dir, "slides.mp4");
    }

    @Test
    void autoCountsOverSlidesOnlyTheFreezeWhileTheSoundIsSilentAndAppliesIt() {
        List<Segment> faults = faults(PictureChecks.AUTO);

        assertThat(faults).hasSize(1);
        assertFault(faults.getFirst(), "frozen video", 5.5, 8.0, 0.03);
        assertThat(faults.getFirst().removesSpeech()).isFalse();
    }

    @Test
    void cameraCountsEveryFreezeAndProposesThoseOverSpeechForReview() {
        List<Segment> faults = faults(PictureChecks.CAMERA);

        assertThat(faults).hasSize(2);
        assertFault(faults.get(0), "frozen video", 0.0, 4.0, 0.04);
        assertFault(faults.get(1), "frozen video", 4.0, 10.0, 0.04);
        assertThat(faults).allMatch(Segment::removesSpeech);
        assertThat(faults.get(0).reason()).isEqualTo("4.0 s frozen video, would remove 3.5 s of speech");
    }

    @Test
    void offLooksAtNoPicture() {
        assertThat(faults(PictureChecks.OFF)).isEmpty();
    }

    private static List<Segment> faults(PictureChecks mode) {
        ChunkInput whole = TalkMedia.whole(slides, analyzer.profile(TalkMedia.recording(slides)));
        return analyzer.analyze(new ChunkInput(whole.file(), whole.chunk(), 1, whole.recording(), whole.profile(),
                        AnalysisOptions.DEFAULT.withPictureChecks(mode), share -> { })).segments().stream()
                .filter(s -> s.category() == Category.TECHNICAL).toList();
    }
}
