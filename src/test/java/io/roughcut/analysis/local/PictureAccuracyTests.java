package io.roughcut.analysis.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.analysis.Segment;
import io.roughcut.media.NormalizedMedia;
import io.roughcut.media.Normalizer;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Black and frozen video found as exactly as decoding every frame would find them, on the pictures that
 * fool a check by frame sizes or by frame gaps: every black stretch of 0.5 s or more and every freeze of 2 s
 * or more, with edges within two frames, and nothing else. Speech runs throughout, so no pause muddles the
 * count. The pictures are 320x180 and a few seconds long.
 */
class PictureAccuracyTests {

    /** A camera's picture: moving, with sensor noise in every frame. */
    private static final String CAMERA = "testsrc2=s=320x180:r=25";
    private static final String SENSOR_NOISE = "noise=alls=8:allf=t";

    @TempDir
    Path dir;

    private final LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    @Test
    void halfASecondOfBlackThatStartsAndEndsInsideAGopIsFound() {
        // Keyframes at every whole second; black 2.2-2.7.
        Path file = camera(6).videoFilter("drawbox=enable='between(t,2.2,2.699)':color=black:t=fill")
                .write(dir, "black-in-gop.mp4");

        List<Segment> faults = faults(file, PictureChecks.AUTO);

        assertThat(faults).hasSize(1);
        assertFault(faults.getFirst(), "black video", 2.2, 2.7, 0.04);
    }

    @Test
    void aFadeToBlackIsBlackFromWhereThePictureIsDark() {
        // Faded out over 4.0-4.4 and black to the end: the last frames of the fade are dark enough already.
        Path file = camera(6).videoFilter("fade=t=out:st=4.0:d=0.4").write(dir, "fade.mp4");

        List<Segment> faults = faults(file, PictureChecks.AUTO);

        assertThat(faults).hasSize(1);
        assertFault(faults.getFirst(), "black video", 4.4, 6.0, 0.04);
    }

    @Test
    void nearBlackWithSensorNoiseIsBlack() {
        // A lens cap: 1.5 s of almost black with noise that changes every frame, so no frame is tiny.
        Path file = camera(6).videoFilter("drawbox=enable='between(t,2.2,3.699)':color=0x101010:t=fill")
                .videoFilter("noise=enable='between(t,2.2,3.699)':alls=4:allf=t")
                .write(dir, "noisy-black.mp4");

        List<Segment> faults = faults(file, PictureChecks.AUTO);

        assertThat(faults).hasSize(1);
        assertFault(faults.getFirst(), "black video", 2.2, 3.7, 0.04);
    }

    @Test
    void aFrozenCameraPictureOfTwoSecondsIsFoundWhileTheSoundRuns() {
        // Frames 50-99 repeat frame 49, which is shown from 1.96 s: frozen 1.96-4.0 under speech.
        Path file = camera(6).videoFilter("split[x][y];[x][y]freezeframes=first=50:last=99:replace=49")
                .write(dir, "frozen.mp4");

        List<Segment> faults = faults(file, PictureChecks.AUTO);

        assertThat(faults).hasSize(1);
        assertFault(faults.getFirst(), "frozen video", 1.96, 4.0, 0.04);
        assertThat(faults.getFirst().speechSeconds()).isCloseTo(2.04, within(0.05));
    }

    @Test
    void aStillPictureWithAClockRunningInItsCornerIsNotFrozen() {
        // Nothing moves but a clock that ticks once a second: no stretch of 2 s is the same picture.
        Path file = TalkMedia.of(6).speech(0, 6).picture(CAMERA)
                .videoFilter("split[x][y];[x][y]freezeframes=first=1:last=1000:replace=0[still];"
                        + "testsrc=s=48x24:r=1,fps=25[clock];[still][clock]overlay=x=266:y=150:shortest=1")
                .write(dir, "clock.mp4");

        assertThat(faults(file, PictureChecks.CAMERA)).isEmpty();
    }

    @Test
    void aLongGopHidesNeitherBlackNorAFreeze() {
        // One keyframe every 10 s and none at scene changes; black 3.2-3.72 (13 frames), frames 175-249
        // repeat 174 (6.96-10.0).
        Path file = camera(12).keyframeEvery(250).outputArgs("-sc_threshold", "0")
                .videoFilter("drawbox=enable='between(t,3.2,3.699)':color=black:t=fill")
                .videoFilter("split[x][y];[x][y]freezeframes=first=175:last=249:replace=174")
                .write(dir, "long-gop.mp4");

        List<Segment> faults = faults(file, PictureChecks.AUTO);

        assertThat(faults).hasSize(2);
        assertFault(faults.get(0), "black video", 3.2, 3.72, 0.04);
        assertFault(faults.get(1), "frozen video", 6.96, 10.0, 0.04);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 8, 12})
    void aMovingPictureAtALowFrameRateIsNotFrozenAndItsRealFreezeIsFound(int fps) {
        // Frames from 2 s to 5 s repeat the frame at 2 s; the rest moves, one frame every 1/fps s.
        Path file = TalkMedia.of(7).speech(0, 7).picture("testsrc2=s=320x180:r=" + fps)
                .videoFilter("split[x][y];[x][y]freezeframes=first=" + (2 * fps + 1) + ":last=" + (5 * fps - 1)
                        + ":replace=" + 2 * fps)
                .write(dir, "moving-" + fps + "fps.mp4");

        List<Segment> faults = faults(file, PictureChecks.CAMERA);

        assertThat(faults).hasSize(1);
        assertFault(faults.getFirst(), "frozen video", 2.0, 5.0, 1.0 / fps);
    }

    @Test
    void aVariableFrameRateIsNotFrozenAndItsRealFreezeIsFound() {
        // Four of every ten frames dropped, so frames come 40 ms or 200 ms apart; frames 51-109 repeat
        // frame 50: frozen 2.0-4.4.
        Path file = camera(7).outputArgs("-fps_mode", "vfr")
                .videoFilter("split[x][y];[x][y]freezeframes=first=51:last=109:replace=50")
                .videoFilter("select='lt(mod(n\\,10)\\,6)'")
                .write(dir, "vfr.mp4");

        List<Segment> faults = faults(file, PictureChecks.CAMERA);

        assertThat(faults).hasSize(1);
        assertFault(faults.getFirst(), "frozen video", 2.0, 4.4, 0.04);
    }

    @ParameterizedTest
    @ValueSource(strings = {"avi", "webm"})
    void aTranscodedRecordingKeepsItsBlackAndItsFreeze(String container) {
        // Black 1.0-2.0, frames 75-124 repeat frame 74 (2.96-5.0), in an AVI (MPEG-4 and MP3) or a WEBM
        // (VP9 and Opus) that the normaliser makes H.264 again.
        Path mp4 = camera(6).videoFilter("drawbox=enable='between(t,1.0,1.999)':color=black:t=fill")
                .videoFilter("split[x][y];[x][y]freezeframes=first=75:last=124:replace=74")
                .write(dir, "source.mp4");
        Path source = container.equals("avi")
                ? TestMedia.generate(dir.resolve("talk.avi"), "-i", mp4.toString(), "-c:v", "mpeg4", "-q:v", "3",
                        "-c:a", "libmp3lame")
                : TestMedia.generate(dir.resolve("talk.webm"), "-i", mp4.toString(), "-c:v", "libvpx-vp9",
                        "-deadline", "realtime", "-cpu-used", "8", "-b:v", "1M", "-c:a", "libopus");
        NormalizedMedia normalized = new Normalizer(TestMedia.ffmpeg(), "ultrafast")
                .normalize(new io.roughcut.media.MediaProbe(TestMedia.ffmpeg()).probe(source), dir.resolve("work"),
                        f -> { });

        List<Segment> faults = faults(normalized.file(), PictureChecks.AUTO);

        assertThat(faults).hasSize(2);
        assertFault(faults.get(0), "black video", 1.0, 2.0, 0.04);
        assertFault(faults.get(1), "frozen video", 2.96, 5.0, 0.04);
    }

    private static TalkMedia camera(double seconds) {
        return TalkMedia.of(seconds).speech(0, seconds).picture(CAMERA).videoFilter(SENSOR_NOISE);
    }

    /** The technical cuts of a picture fault, the file analysed as one chunk in this mode. */
    private List<Segment> faults(Path file, PictureChecks mode) {
        ChunkInput whole = TalkMedia.whole(file, analyzer.profile(TalkMedia.recording(file)));
        ChunkInput withMode = new ChunkInput(whole.file(), whole.chunk(), 1, whole.recording(), whole.profile(),
                AnalysisOptions.DEFAULT.withPictureChecks(mode), share -> { });
        List<Segment> segments = analyzer.analyze(withMode).segments();
        assertThat(segments).as("only picture faults: speech runs throughout")
                .allMatch(s -> s.category() == Category.TECHNICAL);
        return segments;
    }

    static void assertFault(Segment fault, String kind, double start, double end, double frameSeconds) {
        assertThat(fault.reason()).as("reason of %s", fault).contains(kind);
        assertThat(fault.start()).as("start of %s", fault).isCloseTo(start, within(2 * frameSeconds + 0.001));
        assertThat(fault.end()).as("end of %s", fault).isCloseTo(end, within(2 * frameSeconds + 0.001));
    }
}
