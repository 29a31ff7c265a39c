package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.storage.S3Server;
import io.roughcut.testing.ApiClient;
import io.roughcut.testing.ServerProcess;
import io.roughcut.testing.TestMedia;
import io.roughcut.web.TestServer;
import io.roughcut.web.TestVideos;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two {@code serve} processes with data directories of their own, sharing one PostgreSQL schema and one S3
 * bucket (S3Proxy): a job uploaded through one completes with the cuts the embedded mode finds, whichever
 * process runs which task; and when the process running a chunk is killed with -9 mid-way, the other takes
 * its task over once the lease expires, finishes the job, and counts every chunk once; and the same for the
 * render of the cut video.
 */
class TwoProcessIntegrationTests {

    private static final String BUCKET = "roughcut";

    @TempDir
    Path dir;
    private S3Server s3;
    private String[] schema;
    private final List<ServerProcess> servers = new ArrayList<>();

    @BeforeEach
    void shared() {
        s3 = S3Server.start(dir.resolve("bucket"), BUCKET);
        schema = TestDatabases.postgresSchemaUrl();
    }

    @AfterEach
    void stop() throws Exception {
        for (ServerProcess s : servers) {
            s.close();
        }
        s3.close();
        try (Connection c = DriverManager.getConnection(TestDatabases.POSTGRES_URL, "postgres", "")) {
            c.createStatement().execute("DROP SCHEMA " + schema[1] + " CASCADE");
        }
    }

    private ServerProcess start(String name) throws Exception {
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + schema[0],
                "spring.datasource.username=postgres", "spring.datasource.password=",
                "roughcut.pipeline.max-chunk-seconds=1", "roughcut.pipeline.analyze-workers=1",
                "roughcut.pipeline.worker-name=" + name,
                // Short leases, so a killed process's task is taken over within seconds.
                "roughcut.pipeline.visibility-timeout=4s", "roughcut.pipeline.heartbeat-every=1s",
                "roughcut.pipeline.reconcile-every=1s"));
        properties.addAll(List.of(s3.properties(BUCKET)));
        ServerProcess server = ServerProcess.start(dir, name, properties);
        servers.add(server);
        return server;
    }

    @Test
    void twoProcessesShareTheWorkOfAJobAndTheOneLeftFinishesWhatAKilledOneWasDoing() throws Exception {
        Path video = TestVideos.withOnePause(dir, 20);
        String embedded = embeddedCuts(video);
        ServerProcess a = start("a");
        ServerProcess b = start("b");

        // Uploaded through a, with the real tus client: both processes run its tasks.
        String session = a.api().newSession();
        String first = a.api().uploadTus(session, video, 256 * 1024);
        JsonNode done = a.api().awaitFinished(session, first, Duration.ofSeconds(90));
        assertThat(done.path("status").asString()).as(a.logTail()).isEqualTo("complete");
        assertThat(b.api().getJson(session, "/api/videos/" + first + "/results").path("segmentsToRemove").toString())
                .as("the same cuts, read through the other process, as the embedded mode finds").isEqualTo(embedded);
        Set<String> workers = workers(first);
        assertThat(workers).as("who ran the tasks").isNotEmpty().isSubsetOf(Set.of("a", "b"));

        // The player's video comes from the bucket through a short-lived link that honours Range.
        HttpResponse<String> media = b.api().get(session, "/api/videos/" + first + "/media");
        assertThat(media.statusCode()).isEqualTo(302);
        URI link = URI.create(media.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> part = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link)
                .header("Range", "bytes=0-99").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).hasSize(100);

        // Again through b; kill -9 whichever process is analysing a chunk while others wait.
        String second = b.api().uploadTus(session, video, 256 * 1024);
        String victim = awaitChunkInFlight(second);
        ServerProcess killed = victim.equals("a") ? a : b;
        ServerProcess survivor = killed == a ? b : a;
        killed.kill();

        JsonNode after = survivor.api().awaitFinished(session, second, Duration.ofSeconds(120));
        assertThat(after.path("status").asString()).as(survivor.logTail()).isEqualTo("complete");
        JsonNode results = survivor.api().getJson(session, "/api/videos/" + second + "/results");
        assertThat(results.path("segmentsToRemove").toString()).isEqualTo(embedded);
        assertThat(results.path("processing").path("successfulChunks").asInt())
                .isEqualTo(results.path("processing").path("totalChunks").asInt()).isEqualTo(20);
        Map<String, Integer> attempts = chunkAttempts(second);
        assertThat(attempts).as("every chunk analysed, and counted once").hasSize(20);
        assertThat(attempts.values()).as("the killed process's chunk ran again").anyMatch(n -> n >= 2);
        assertThat(workers(second)).as("the survivor took the work over").contains(survivor == a ? "a" : "b");
    }

    @Test
    void aRenderWhoseProcessIsKilledMidWayIsFinishedByTheOther() throws Exception {
        Path video = TestVideos.withOnePause(dir, 20);
        ServerProcess a = start("a");
        ServerProcess b = start("b");
        String session = a.api().newSession();
        String job = a.api().uploadTus(session, video, 256 * 1024);
        assertThat(a.api().awaitFinished(session, job, Duration.ofSeconds(90)).path("status").asString())
                .as(a.logTail()).isEqualTo("complete");

        HttpResponse<String> asked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                a.api().uri("/api/export/" + job + "/mp4")).header("X-Session-Id", session)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        ServerProcess killed = table().awaitTaskInFlight(job, TaskType.RENDER).equals("a") ? a : b;
        ServerProcess survivor = killed == a ? b : a;
        killed.kill();

        JsonNode done = awaitRendered(survivor, session, job);
        assertThat(table().attemptsAndState(job, TaskType.RENDER)).as("the killed process's render ran again")
                .satisfies(r -> assertThat(Integer.parseInt(r.get(0))).isGreaterThanOrEqualTo(2))
                .satisfies(r -> assertThat(r.get(1)).isEqualTo("DONE"));
        HttpResponse<String> download = survivor.api().get(session, "/api/export/" + job + "/mp4");
        assertThat(download.statusCode()).as("the video, from the bucket").isEqualTo(302);
        Path rendered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(download.headers().firstValue("Location").orElseThrow())).build(),
                HttpResponse.BodyHandlers.ofFile(dir.resolve("rendered.mp4"))).body();
        MediaInfo info = new MediaProbe(TestMedia.ffmpeg()).probe(rendered);
        assertThat(info.durationSeconds()).as("the kept time, on the frames of 10 fps")
                .isCloseTo(done.path("keptSeconds").asDouble(), within(0.1)).isLessThan(20);
        assertThat(TestMedia.ffmpeg().ffmpeg(List.of("-v", "error", "-i", rendered.toString(), "-f", "null", "-"),
                Duration.ofMinutes(1)).stderrTail()).as("FFmpeg's complaints decoding every frame").isBlank();
    }

    private static JsonNode awaitRendered(ServerProcess server, String session, String job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = server.api().get(session, "/api/export/" + job + "/mp4/status");
            JsonNode status = r.statusCode() == 200 ? ApiClient.JSON.readTree(r.body()) : null;
            if (status != null && status.path("state").asString().equals("done")) {
                return status;
            }
            assertThat(status == null ? "" : status.path("state").asString()).as(server.logTail()).isNotEqualTo("failed");
            Thread.sleep(200);
        }
        throw new AssertionError("the render of job " + job + " did not finish within 90 s: " + server.logTail());
    }

    /** The cut list the embedded mode (one process, H2, local blobs) finds in the same video. */
    private String embeddedCuts(Path video) throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("embedded"), "roughcut.pipeline.max-chunk-seconds=1")) {
            String session = server.newSession();
            String job = server.upload(session, video);
            server.awaitFinished(session, job, Duration.ofSeconds(60));
            return server.getJson(session, "/api/videos/" + job + "/results").path("segmentsToRemove").toString();
        }
    }

    private TaskTable table() {
        return new TaskTable(schema[0]);
    }

    private String awaitChunkInFlight(String jobId) throws Exception {
        return table().awaitChunkInFlight(jobId);
    }

    private Set<String> workers(String jobId) throws Exception {
        return table().workers(jobId);
    }

    private Map<String, Integer> chunkAttempts(String jobId) throws Exception {
        Map<String, Integer> attempts = new HashMap<>();
        table().chunkAttempts(jobId).forEach((k, v) -> attempts.put(Integer.toString(k), v));
        return attempts;
    }
}
