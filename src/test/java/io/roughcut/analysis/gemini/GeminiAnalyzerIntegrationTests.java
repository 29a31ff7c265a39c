package io.roughcut.analysis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import io.roughcut.analysis.gemini.fake.Planted;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.gemini.fake.TalkVideo;
import io.roughcut.media.ChunkLimits;
import io.roughcut.media.CutChunk;
import io.roughcut.media.PreparationListener;
import io.roughcut.media.PreparedRecording;
import io.roughcut.media.RecordingPreparer;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The Gemini analyser end to end against the fake Gemini, on generated media. */
class GeminiAnalyzerIntegrationTests {

    @TempDir
    Path dir;

    private FakeGeminiServer fake;
    private final GeminiTestSupport.RecordedPauses pauses = new GeminiTestSupport.RecordedPauses();

    @BeforeEach
    void startFake() {
        fake = FakeGeminiServer.start(GeminiTestSupport.KEY);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void findsPausesAndPlantedFillersInOneChunkAndBillsTheRealDuration() {
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 8, new double[] {2, 3.5}, new double[] {5.5, 6.5});
        ChunkInput chunk = TalkVideo.chunks(video, dir, 0, 8).getFirst();
        fake.plant(TalkVideo.sha256(chunk.file()), new Planted(1.0, 1.4, "filler_words", "um"));

        List<Double> shares = new java.util.concurrent.CopyOnWriteArrayList<>();
        ChunkAnalysis result;
        try (GeminiAnalyzer analyzer = new GeminiAnalyzer(GeminiTestSupport.settings(fake), pauses)) {
            result = analyzer.analyze(chunk.withPart(chunk.file(), chunk.chunk(), shares::add));
        }
        assertThat(shares).as("the upload, the processing and the answer each move the chunk's progress")
                .hasSizeGreaterThanOrEqualTo(3).isSorted().endsWith(1.0);
        assertThat(shares.getFirst()).isGreaterThan(0).isLessThanOrEqualTo(0.3);

        List<Segment> pauseSegments = result.segments().stream().filter(s -> s.category() == Category.PAUSE).toList();
        assertThat(pauseSegments).hasSize(2);
        assertThat(pauseSegments.get(0).start()).isCloseTo(2.0, within(0.1));
        assertThat(pauseSegments.get(0).end()).isCloseTo(3.5, within(0.1));
        assertThat(pauseSegments.get(1).start()).isCloseTo(5.5, within(0.1));
        Segment filler = result.segments().stream().filter(s -> s.category() == Category.FILLER_WORDS).findFirst()
                .orElseThrow();
        assertThat(filler.start()).isEqualTo(1.0);
        assertThat(filler.end()).isEqualTo(1.4);
        assertThat(filler.transcript()).isEqualTo("um");
        assertThat(result.segments()).allMatch(s -> s.source() == SegmentSource.GEMINI);

        // 8 s at 1 fps, 66 tokens a frame at LOW resolution, and 32 tokens a second of audio.
        assertThat(result.usage().calls()).isEqualTo(1);
        assertThat(result.usage().videoTokens()).isBetween(8L * 66, 9L * 66);
        assertThat(result.usage().audioTokens()).isBetween(250L, 260L);
        assertThat(result.usage().textTokens()).isPositive();
        assertThat(result.usage().outputTokens()).isPositive();
        assertThat(result.usage().costUsd()).isCloseTo(
                new ModelPrice(0.30, 1.00, 2.50).cost(result.usage().videoTokens() + result.usage().textTokens(),
                        result.usage().audioTokens(), result.usage().outputTokens() + result.usage().thinkingTokens()),
                within(1e-12));

        assertThat(fake.generatePaths()).containsExactly("/v1beta/models/gemini-2.5-flash:generateContent");
        JsonNode request = fake.generateRequests().getFirst();
        JsonNode config = request.path("generationConfig");
        assertThat(config.path("mediaResolution").asString()).isEqualTo("MEDIA_RESOLUTION_LOW");
        assertThat(config.path("responseMimeType").asString()).isEqualTo("application/json");
        assertThat(config.path("responseJsonSchema").path("properties").has("segments")).isTrue();
        assertThat(request.path("contents").path(0).path("parts").toString()).contains("part 1 of 1");
        assertThat(fake.uploads()).isEqualTo(1);
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void analysesAVideoInThreeChunksWhoseTimesAddUpToTheRecording() {
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 12, new double[] {1.5, 2.5},
                new double[] {5.2, 6.4}, new double[] {9.0, 10.5});
        List<ChunkInput> chunks = TalkVideo.chunks(video, dir, 0, 4, 8, 12);
        fake.plant(TalkVideo.sha256(chunks.get(1).file()), new Planted(0.3, 0.7, "false_start", "so I, so we"));

        List<double[]> absolute = new ArrayList<>();
        List<Segment> all = new ArrayList<>();
        try (GeminiAnalyzer analyzer = new GeminiAnalyzer(GeminiTestSupport.settings(fake), pauses)) {
            for (ChunkInput chunk : chunks) {
                for (Segment s : analyzer.analyze(chunk).segments()) {
                    absolute.add(new double[] {chunk.chunk().start() + s.start(), chunk.chunk().start() + s.end()});
                    all.add(s);
                }
            }
        }

        assertThat(all).extracting(Segment::category).containsExactlyInAnyOrder(Category.PAUSE, Category.FALSE_START,
                Category.PAUSE, Category.PAUSE);
        assertThat(absolute).anySatisfy(a -> assertThat(a[0]).isCloseTo(1.5, within(0.1)));
        assertThat(absolute).anySatisfy(a -> {
            assertThat(a[0]).isCloseTo(5.2, within(0.1));
            assertThat(a[1]).isCloseTo(6.4, within(0.1));
        });
        assertThat(absolute).anySatisfy(a -> {
            assertThat(a[0]).isCloseTo(9.0, within(0.1));
            assertThat(a[1]).isCloseTo(10.5, within(0.1));
        });
        assertThat(absolute).anySatisfy(a -> {
            assertThat(a[0]).isEqualTo(4.3);
            assertThat(a[1]).isEqualTo(4.7);
        });
        assertThat(fake.generateRequests()).extracting(r -> r.path("contents").path(0).path("parts").toString())
                .anySatisfy(p -> assertThat(p).contains("part 2 of 3"));
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void analysesTheChunksTheRecordingPreparerCuts() {
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 12, new double[] {1.5, 2.5},
                new double[] {5.2, 6.4}, new double[] {9.0, 10.5});
        GeminiSettings settings = GeminiTestSupport.settings(fake).toBuilder().maxChunkSeconds(4).build();
        PreparedRecording prepared = new RecordingPreparer(TestMedia.ffmpeg())
                .prepare(video, dir.resolve("work"), settings.chunkLimits(ChunkLimits.DEFAULT), PreparationListener.NONE);

        List<double[]> absolute = new ArrayList<>();
        try (GeminiAnalyzer analyzer = new GeminiAnalyzer(settings, pauses)) {
            for (CutChunk cut : prepared.chunks()) {
                ChunkInput input = new ChunkInput(cut.file(), cut.plan(), prepared.chunks().size(),
                        prepared.normalized().info(), RecordingProfile.NONE);
                for (Segment s : analyzer.analyze(input).segments()) {
                    absolute.add(new double[] {cut.plan().start() + s.start(), cut.plan().start() + s.end()});
                }
            }
        }

        assertThat(prepared.chunks()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(prepared.chunks()).allMatch(c -> c.plan().duration() <= 4 + 1e-9);
        for (double[] gap : new double[][] {{1.5, 2.5}, {5.2, 6.4}, {9.0, 10.5}}) {
            // A silence cut by a chunk boundary shows as two pieces; the aggregator joins them.
            assertThat(absolute).anySatisfy(a -> assertThat(a[0]).isCloseTo(gap[0], within(0.1)));
            assertThat(absolute).anySatisfy(a -> assertThat(a[1]).isCloseTo(gap[1], within(0.1)));
        }
        assertThat(fake.storedFiles()).isZero();
    }

    @Test
    void acceptsClockStringTimes() {
        Path video = TalkVideo.generate(dir.resolve("talk.mp4"), 6, new double[] {2, 3.5});
        ChunkInput chunk = TalkVideo.chunks(video, dir, 0, 6).getFirst();
        fake.answerClockTimes(true);

        try (GeminiAnalyzer analyzer = new GeminiAnalyzer(GeminiTestSupport.settings(fake), pauses)) {
            List<Segment> segments = analyzer.analyze(chunk).segments();
            assertThat(segments).singleElement().satisfies(s -> {
                assertThat(s.start()).isCloseTo(2.0, within(0.1));
                assertThat(s.end()).isCloseTo(3.5, within(0.1));
            });
        }
    }
}
