package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.media.MediaInfo;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelProfilerTests {

    @TempDir
    Path dir;

    private final LevelProfiler profiler = new LevelProfiler(TestMedia.ffmpeg());

    @Test
    void aLongRecordingIsSampledAndGivesTheSameProfileEveryTime() {
        // 90 s: in every 10 s, speech at -12 dBFS from 2 to 8 over room tone at -30 dBFS.
        TalkMedia talk = TalkMedia.of(90).noise(TalkMedia.NOISY_ROOM).tinyPicture();
        for (int k = 0; k < 9; k++) {
            talk.speech(k * 10 + 2, k * 10 + 8);
        }
        Recording recording = TalkMedia.recording(talk.write(dir, "long.mp4"));

        RecordingProfile profile = profiler.profile(recording);

        assertThat(profile.noiseFloorDb()).isCloseTo(-30.7, within(1.5));
        assertThat(profile.speechLevelDb()).isCloseTo(-11.9, within(1.0));
        assertThat(profiler.profile(recording)).isEqualTo(profile);
    }

    @Test
    void aRecordingWithoutSoundHasNoProfile() {
        Path file = TestMedia.generate(dir.resolve("silent-film.mp4"), "-f", "lavfi", "-i",
                "testsrc2=s=64x48:r=5:d=2", "-c:v", "libx264", "-preset", "ultrafast");
        MediaInfo info = TalkMedia.info(file);

        assertThat(info.hasAudio()).isFalse();
        assertThat(profiler.profile(new Recording(file, info))).isEqualTo(RecordingProfile.NONE);
    }

    @Test
    void theThresholdSitsBetweenFloorAndSpeechOrDecidesForOneLevel() {
        assertThat(SilenceThreshold.dbFor(new RecordingProfile(-30, -12), 0.3)).isCloseTo(-24.6, within(1e-9));
        assertThat(SilenceThreshold.dbFor(new RecordingProfile(-70, -12), 0.3)).isCloseTo(-52.6, within(1e-9));
        // One quiet level: all silence. One loud level: no silence.
        assertThat(SilenceThreshold.dbFor(new RecordingProfile(-80, -79), 0.3)).isGreaterThan(-79);
        assertThat(SilenceThreshold.dbFor(new RecordingProfile(-13, -12), 0.3)).isLessThan(-13);
    }
}
