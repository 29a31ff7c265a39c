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

/** The waveform a review page draws: one level per 10 ms, and the silences the pauses were cut from. */
class WaveformReaderTests {

    @TempDir
    Path dir;

    private final WaveformReader reader = new WaveformReader(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    /** Dead air 0-1.5, speech, a 1.5 s pause at 4-5.5, speech, a 0.8 s gap at 7-7.8, speech, dead air 9.5-12. */
    private static TalkMedia talk() {
        return TalkMedia.of(12).speech(1.5, 4).speech(5.5, 7).speech(7.8, 9.5);
    }

    @Test
    void levelsFollowTheSoundAndSilencesAreWhereThePausesWereCut() {
        Path file = talk().noise(TalkMedia.NOISY_ROOM).write(dir, "noisy.mp4");
        LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);
        RecordingProfile profile = analyzer.profile(TalkMedia.recording(file));

        Waveform wave = reader.read(TalkMedia.recording(file), profile);

        assertThat(wave.frameSeconds()).isEqualTo(0.01);
        assertThat(wave.levels().length).isBetween(1195, 1205);
        assertThat(wave.durationSeconds()).isCloseTo(12, within(0.05));
        // Speech near -12 dBFS and a noisy room near -30 dBFS, on a scale from -60 (0) to 0 dBFS (255).
        assertThat(Byte.toUnsignedInt(wave.levels()[300])).isBetween(190, 215);
        assertThat(Byte.toUnsignedInt(wave.levels()[480])).isBetween(115, 140);
        assertThat(wave.silences()).hasSize(4);
        Waveform.Silence pause = wave.silences().get(1);
        assertThat(pause.start()).isCloseTo(4.0, within(0.05));
        assertThat(pause.end()).isCloseTo(5.5, within(0.05));
        assertThat(wave.silences().get(2).end() - wave.silences().get(2).start()).isCloseTo(0.8, within(0.05));

        // The analyser's pause cut sits exactly the margin inside the silence the waveform reports.
        Segment cut = analyzer.analyze(TalkMedia.whole(file, profile)).segments().stream()
                .filter(s -> s.category() == Category.PAUSE).findFirst().orElseThrow();
        assertThat(cut.start()).isCloseTo(pause.start() + LocalSettings.DEFAULT.marginSeconds(), within(0.0011));
        assertThat(cut.end()).isCloseTo(pause.end() - LocalSettings.DEFAULT.marginSeconds(), within(0.0011));
    }

    @Test
    void withoutAProfileTheWholeSoundSetsTheThreshold() {
        Path file = talk().noise(TalkMedia.QUIET_STUDIO).write(dir, "studio.mp4");

        List<Waveform.Silence> silences = reader.read(TalkMedia.recording(file), RecordingProfile.NONE).silences();

        assertThat(silences).extracting(Waveform.Silence::start).containsExactly(0.0, 4.0, 7.0, 9.5);
    }

    @Test
    void aVideoWithoutSoundHasAnEmptyWaveform() {
        Path file = TestMedia.generate(dir.resolve("mute.mp4"), "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=25",
                "-t", "2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p");

        Waveform wave = reader.read(TalkMedia.recording(file), RecordingProfile.NONE);

        assertThat(wave.levels()).isEmpty();
        assertThat(wave.silences()).isEmpty();
    }
}
