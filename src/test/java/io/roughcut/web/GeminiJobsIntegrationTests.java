package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.gemini.GeminiCostEstimate;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.gemini.fake.Fault;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer.Op;
import io.roughcut.analysis.gemini.fake.TalkVideo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Gemini and hybrid jobs through the service, against the fake Gemini: uploads choose the analyser, the
 * chunks are cut to Gemini's duration cap, and the results carry each cut's source, the tokens and the cost.
 * A chunk Gemini blocks fails for good and the job ends partial.
 */
class GeminiJobsIntegrationTests {

    static final String KEY = "service-test-key";
    static final FakeGeminiServer fake = FakeGeminiServer.start(KEY);

    @RegisterExtension
    static final RunningServer running = new RunningServer(withFakeGemini(fake, KEY));
    static TestServer server;
    static Path video;

    @BeforeAll
    static void start() {
        server = running.server();
        video = talk(running.dir().resolve("talk.mp4"));
    }

    /**
     * Server properties for a key and the fake Gemini. No pipeline cap: only Gemini's 3 s cap cuts a gemini
     * job's 10 s video into chunks, and a local job's stays whole.
     */
    static String[] withFakeGemini(FakeGeminiServer fake, String key) {
        return new String[] {"roughcut.gemini.api-key=" + key, "roughcut.gemini.base-url=" + fake.baseUrl(),
                "roughcut.gemini.poll-interval=5ms", "roughcut.gemini.max-chunk-seconds=3",
                "roughcut.pipeline.max-chunk-seconds=0"};
    }

    /** 10 s of a 440 Hz "voice" with two silent gaps (1.2-2.4 s, 6.1-7.6 s), which the fake reports as pauses. */
    static Path talk(Path out) {
        return TalkVideo.generate(out, 10, new double[] {1.2, 2.4}, new double[] {6.1, 7.6});
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @Test
    void theConfigOffersAllThreeWithTheDeploymentDefault() throws Exception {
        JsonNode config = server.getJson(null, "/api/config");
        assertThat(ids(config.path("analyzers"))).containsExactly("local", "gemini", "hybrid");
        assertThat(config.path("defaultAnalyzer").asString()).isEqualTo("local");
        JsonNode gemini = config.path("analyzers").get(1);
        assertThat(gemini.path("description").asString()).contains("Gemini");
        // Priced for this server's settings (3 s chunks make the per-chunk overhead dominate), not the defaults.
        assertThat(gemini.path("estimatedUsdPerHour").asDouble()).isPositive().isEqualTo(GeminiCostEstimate
                .forDuration(3600, server.bean(GeminiSettings.class)).costUsd());
        assertThat(config.path("analyzers").get(0).path("estimatedUsdPerHour").asDouble()).isZero();
    }

    @Test
    void aGeminiJobUploadedWithTusCompletesWithGeminiCutsTokensAndCost() throws Exception {
        String session = server.newSession();
        int uploadsBefore = fake.uploads();
        String jobId = tus(session, "gemini");

        JsonNode status = server.awaitFinished(session, jobId, Duration.ofMinutes(3));
        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("complete");
        JsonNode results = server.getJson(session, "/api/videos/" + jobId + "/results");
        assertThat(results.path("processing").path("analyzer").asString()).isEqualTo("gemini");
        int chunks = results.path("processing").path("totalChunks").asInt();
        assertThat(chunks).as("10 s at Gemini's 3 s cap").isGreaterThanOrEqualTo(3);
        assertThat(fake.uploads() - uploadsBefore).isEqualTo(chunks);
        assertThat(fake.storedFiles()).as("every upload deleted again").isZero();
        JsonNode cuts = results.path("segmentsToRemove");
        assertThat(cuts.size()).isGreaterThanOrEqualTo(2);
        assertThat(sources(cuts)).containsOnly("gemini");
        // The pauses the fake heard in chunk-relative time come back at their place in the whole video.
        assertThat(cuts).anySatisfy(c -> assertThat(c.path("start").asDouble()).isBetween(1.0, 1.5))
                .anySatisfy(c -> assertThat(c.path("start").asDouble()).isBetween(5.9, 6.4));
        JsonNode usage = results.path("processing").path("usage");
        assertThat(usage.path("calls").asLong()).isEqualTo(chunks);
        assertThat(usage.path("videoTokens").asLong() + usage.path("audioTokens").asLong()).isPositive();
        assertThat(usage.path("outputTokens").asLong()).isPositive();
        assertThat(usage.path("costUsd").asDouble()).isPositive();
    }

    @Test
    void aLocalJobOnTheSameServerIsNotCutToGeminisCap() throws Exception {
        String session = server.newSession();
        String jobId = tus(session, "local");
        assertThat(server.awaitFinished(session, jobId, Duration.ofMinutes(3)).path("status").asString())
                .isEqualTo("complete");
        JsonNode results = server.getJson(session, "/api/videos/" + jobId + "/results");
        assertThat(results.path("processing").path("analyzer").asString()).isEqualTo("local");
        assertThat(results.path("processing").path("totalChunks").asInt()).isEqualTo(1);
        assertThat(results.path("processing").path("usage").path("costUsd").asDouble()).isZero();
    }

    @Test
    void aHybridJobMarksCutsFoundLocallyAndByBoth() throws Exception {
        String session = server.newSession();
        String jobId = uploadMultipart(session, "hybrid");

        JsonNode status = server.awaitFinished(session, jobId, Duration.ofMinutes(3));
        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("complete");
        JsonNode results = server.getJson(session, "/api/videos/" + jobId + "/results");
        assertThat(results.path("processing").path("analyzer").asString()).isEqualTo("hybrid");
        assertThat(results.path("processing").path("totalChunks").asInt()).isGreaterThanOrEqualTo(3);
        // Both heard the two silences: they are marked as found by both, and nothing is Gemini's alone here.
        assertThat(sources(results.path("segmentsToRemove"))).contains("local+gemini").isSubsetOf("local", "local+gemini");
        assertThat(results.path("processing").path("usage").path("costUsd").asDouble()).isPositive();
    }

    @Test
    void aChunkGeminiBlocksFailsForGoodAndTheJobEndsPartialWithTheOthersResults() throws Exception {
        String session = server.newSession();
        int generateCalls = fake.generateRequests().size();
        fake.script(Op.GENERATE, Fault.finish("SAFETY"));
        String jobId = tus(session, "gemini");

        JsonNode status = server.awaitFinished(session, jobId, Duration.ofMinutes(3));
        assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("partial");
        assertThat(status.path("analyzer").asString()).isEqualTo("gemini");
        JsonNode rows = server.getJson(session, "/api/videos/" + jobId + "/chunks");
        List<JsonNode> failed = StreamSupport.stream(rows.spliterator(), false)
                .filter(c -> c.path("status").asString().equals("failed")).toList();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).path("error").asString()).contains("SAFETY");
        assertThat(failed.get(0).path("attempts").asInt()).as("a block is not retried").isEqualTo(1);
        JsonNode results = server.getJson(session, "/api/videos/" + jobId + "/results");
        int chunks = results.path("processing").path("totalChunks").asInt();
        assertThat(results.path("processing").path("failedChunks").asInt()).isEqualTo(1);
        assertThat(results.path("processing").path("successfulChunks").asInt()).isEqualTo(chunks - 1);
        assertThat(results.path("segmentsToRemove").size()).isPositive();
        // A block is not retried: one generate call per chunk, the blocked one included.
        assertThat(fake.generateRequests().size() - generateCalls).isEqualTo(chunks);
    }

    @Test
    void anUnknownAnalyserIsRefusedAtCreationAndNothingIsStored() throws Exception {
        String session = server.newSession();
        HttpResponse<String> r = server.send(tusCreate(session, "gpt-5", Files.readAllBytes(video)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("analyzer_unavailable", "Upload-Metadata \\\"analyzer\\\"", "gpt-5",
                "local, gemini, hybrid");
        HttpResponse<String> form = server.send(Multipart.file("file", "talk.mp4", Files.readAllBytes(video),
                Map.of("analyzer", "nope")).post(server.request(session, "/api/videos/upload")).build());
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("Form field \\\"analyzer\\\"", "nope");
        assertThat(server.getJson(session, "/api/sessions/current/videos").findValues("jobId")).isEmpty();
        String sessionId = server.getJson(session, "/api/sessions/current").path("id").asString();
        long rows = server.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM uploads WHERE session_id = ?").param(java.util.UUID.fromString(sessionId))
                .query(Long.class).single();
        assertThat(rows).isZero();
    }

    static List<String> ids(JsonNode analyzers) {
        List<String> ids = new ArrayList<>();
        analyzers.forEach(a -> ids.add(a.path("id").asString()));
        return ids;
    }

    static List<String> sources(JsonNode cuts) {
        List<String> s = new ArrayList<>();
        cuts.forEach(c -> s.add(c.path("source").asString()));
        return s;
    }

    /** A tus creation-with-upload: the whole file in the creating POST, with this analyser in the metadata. */
    static HttpRequest tusCreate(String session, String analyzer, byte[] bytes) {
        return tusCreateOn(server, session, analyzer, bytes);
    }

    /** The same, to another test's server. */
    static HttpRequest tusCreateOn(TestServer server, String session, String analyzer, byte[] bytes) {
        Base64.Encoder b64 = Base64.getEncoder();
        return server.request(session, "/api/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(bytes.length))
                .header("Upload-Metadata", "filename " + b64.encodeToString("talk.mp4".getBytes(StandardCharsets.UTF_8))
                        + ",analyzer " + b64.encodeToString(analyzer.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    static String tus(String session, String analyzer) throws Exception {
        HttpResponse<String> r = server.send(tusCreate(session, analyzer, Files.readAllBytes(video)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.headers().firstValue("Roughcut-Job-Id").orElseThrow();
    }

    static String uploadMultipart(String session, String analyzer) throws Exception {
        HttpResponse<String> r = server.send(Multipart.file("file", "talk.mp4", Files.readAllBytes(video),
                Map.of("analyzer", analyzer)).post(server.request(session, "/api/videos/upload")).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestServer.JSON.readTree(r.body()).path("jobId").asString();
    }
}
