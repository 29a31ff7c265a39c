package io.roughcut.analysis.local;

import static io.roughcut.analysis.local.PauseDetectionTests.assertCut;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultDetectionTests {

    @TempDir
    Path dir;

    private final LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    @Test
    void blackFrozenPictureAndAnAudioDropoutAreTechnicalCuts() {
        // Speech throughout, so the picture faults would remove words. Black 1-3.5 (also frozen, reported once),
        // frozen 4.96-8 (frames 125-199 repeat frame 124), black 8.5-8.8 (too short), a 0.1 s dropout at 9.0
        // and a 0.02 s one at 6.0 (too short).
        Path file = TalkMedia.of(10).speech(0, 10)
                .videoFilter("drawbox=enable='between(t,1,3.499)':color=black:t=fill")
                .videoFilter("drawbox=enable='between(t,8.5,8.799)':color=black:t=fill")
                .videoFilter("split[x][y];[x][y]freezeframes=first=125:last=199:replace=124")
                .audioFilter("volume=enable='between(t,9.0,9.1)':volume=0")
                .audioFilter("volume=enable='between(t,6.0,6.02)':volume=0")
                .write(dir, "faults.mp4");

        List<Segment> cuts = analyse(file);

        assertThat(cuts).extracting(Segment::reason)
                .containsExactly("2.5 s black video, would remove 2.5 s of speech",
                        "3.0 s frozen video, would remove 3.0 s of speech", "0.1 s audio dropout");
        assertThat(cuts).extracting(Segment::removesSpeech).containsExactly(true, true, false);
        assertCut(cuts.get(0), Category.TECHNICAL, 1.0, 3.5);
        assertCut(cuts.get(1), Category.TECHNICAL, 4.96, 8.0);
        assertCut(cuts.get(2), Category.TECHNICAL, 9.0, 9.1);
    }

    @Test
    void aClippedBurstIsOneCutAndLoudCleanSpeechIsNone() {
        // Speech 0.5-5 and 6.5-7.5 at -13 dBFS; driven into hard clipping at 2-3; loud but clean at 4-4.8.
        Path file = TalkMedia.of(8).speech(0.5, 5).speech(6.5, 7.5).toneAmplitude(0.3)
                .audioFilter("volume=enable='between(t,2,3)':volume=6,asoftclip=type=hard")
                .audioFilter("volume=enable='between(t,4,4.8)':volume=3")
                .write(dir, "clipped.mp4");

        List<Segment> cuts = analyse(file);

        assertThat(cuts).hasSize(2);
        assertCut(cuts.get(0), Category.TECHNICAL, 2.0, 3.0);
        assertThat(cuts.get(0).reason()).isEqualTo("1.0 s clipping");
        assertCut(cuts.get(1), Category.PAUSE, 5.2, 6.3);
    }

    @Test
    void withoutVideoChecksOnlyTheSoundIsJudged() {
        Path file = TalkMedia.of(6).speech(0, 2).speech(3.5, 6)
                .videoFilter("drawbox=enable='between(t,4,5)':color=black:t=fill")
                .write(dir, "black.mp4");
        LocalAnalyzer audioOnly = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT.withVideoChecks(false));

        List<Segment> cuts = audioOnly.analyze(TalkMedia.whole(file, audioOnly.profile(TalkMedia.recording(file))))
                .segments();

        assertThat(cuts).hasSize(1);
        assertCut(cuts.getFirst(), Category.PAUSE, 2.2, 3.3);
    }

    @Test
    void aRecordingWithoutSoundIsJudgedByItsPictureAlone() {
        Path file = TestMedia.generate(dir.resolve("silent-film.mp4"), "-f", "lavfi", "-i",
                "testsrc2=s=320x240:r=25:d=4,drawbox=enable='between(t,1,1.999)':color=black:t=fill",
                "-c:v", "libx264", "-preset", "ultrafast");
        RecordingProfile profile = analyzer.profile(TalkMedia.recording(file));

        List<Segment> cuts = analyzer.analyze(TalkMedia.whole(file, profile)).segments();

        assertThat(profile.isKnown()).as("no sound levels").isFalse();
        assertThat(profile.stillShare()).as("the picture moves, black apart").isLessThan(0.5);
        assertThat(cuts).hasSize(1);
        assertCut(cuts.getFirst(), Category.TECHNICAL, 1.0, 2.0);
    }

    private List<Segment> analyse(Path file) {
        return analyzer.analyze(TalkMedia.whole(file, analyzer.profile(TalkMedia.recording(file)))).segments();
    }
}
