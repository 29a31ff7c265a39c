package io.roughcut.analysis.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.gemini.GeminiAnalyzer;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import io.roughcut.analysis.gemini.fake.Planted;
import io.roughcut.analysis.gemini.fake.TalkVideo;
import io.roughcut.analysis.local.LocalAnalyzer;
import io.roughcut.analysis.local.LocalSettings;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hybrid analyser as the product builds it: the real local analyser and the Gemini client on the fake. */
class HybridWithLocalAnalyzerIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void localPausesKeepTheirMarginsAndGeminisFillerSnapsToThem() {
        // Speech (a tone) 0-1 s, "um" 2.5-3.1 s, speech again from 4.6 s; silent in between.
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 7, new double[] {1.0, 2.5}, new double[] {3.1, 4.6});
        LocalAnalyzer local = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT.withVideoChecks(false));

        try (FakeGeminiServer fake = FakeGeminiServer.start("k")) {
            GeminiSettings settings = GeminiSettings.defaults("k").toBuilder().baseUrl(fake.baseUrl())
                    .pollInterval(Duration.ofMillis(1)).build();
            try (GeminiAnalyzer gemini = GeminiAnalyzer.fromSettings(settings, TestMedia.ffmpeg())) {
                HybridAnalyzer hybrid = new HybridAnalyzer(local, gemini);
                RecordingProfile profile = hybrid.profile(new Recording(video, TalkVideo.info(video, 7)));
                ChunkInput chunk = TalkVideo.chunks(video, dir, profile, 0, 7).getFirst();
                fake.plant(TalkVideo.sha256(chunk.file()), new Planted(2.7, 2.9, "filler_words", "um"));
                ChunkAnalysis result = hybrid.analyze(chunk);
                ChunkAnalysis localOnly = local.analyze(chunk);

                List<Segment> pauses = result.segments().stream().filter(s -> s.category() == Category.PAUSE).toList();
                assertThat(pauses).hasSize(2).allMatch(s -> s.source() == SegmentSource.BOTH);
                // The local analyser's boundaries, with its margins, are kept exactly.
                assertThat(pauses).extracting(Segment::start)
                        .containsExactlyElementsOf(localOnly.segments().stream().map(Segment::start).toList());
                assertThat(pauses).extracting(Segment::end)
                        .containsExactlyElementsOf(localOnly.segments().stream().map(Segment::end).toList());
                assertThat(pauses.get(0).start()).isCloseTo(1.2, within(0.1));

                Segment filler = result.segments().stream().filter(s -> s.category() == Category.FILLER_WORDS)
                        .findFirst().orElseThrow();
                assertThat(filler.source()).isEqualTo(SegmentSource.GEMINI);
                assertThat(filler.start()).isEqualTo(pauses.get(0).end());
                assertThat(filler.end()).isEqualTo(pauses.get(1).start());
                // The whole "um" (2.5-3.1 s) is inside the cut; both edges are in silence.
                assertThat(filler.start()).isLessThan(2.5);
                assertThat(filler.end()).isGreaterThan(3.1);
                assertThat(result.usage().calls()).isEqualTo(1);
            }
        }
    }
}
