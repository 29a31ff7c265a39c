package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.storage.S3Server;
import io.roughcut.testing.ApiClient;
import io.roughcut.testing.PostgresServer;
import io.roughcut.testing.RedisServer;
import io.roughcut.testing.ServerProcess;
import io.roughcut.web.TestVideos;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The brief's production topology on this machine: one API node and two worker nodes, each a {@code roughcut
 * serve} JVM configured by the brief's environment variables, sharing a PostgreSQL, a Redis and an S3 bucket
 * of the test's own. A tus upload to the API node is done by the workers while its SSE stream shows every
 * chunk; then, one at a time, a worker is killed mid-chunk, Redis is flushed, PostgreSQL restarts and the
 * bucket goes away for 20 s, and each job still completes with the same cuts, every chunk counted once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIntegrationTests {

    private static final String BUCKET = "cluster";

    @TempDir
    static Path dir;
    private PostgresServer postgres;
    private RedisServer redis;
    private S3Server s3;
    private Map<String, String> environment;
    private ServerProcess api;
    private final Map<String, ServerProcess> workers = new HashMap<>();
    private Path video;
    private String session;
    private String cleanCuts;

    @BeforeAll
    void startCluster() throws Exception {
        postgres = PostgresServer.start(dir.resolve("postgres"));
        redis = RedisServer.start();
        s3 = S3Server.start(dir.resolve("bucket"), BUCKET);
        environment = Map.of("DATABASE_URL", postgres.databaseUrl(), "REDIS_URL", redis.url(),
                "DO_SPACES_ENDPOINT", s3.endpoint().toString(), "DO_SPACES_BUCKET", BUCKET,
                "DO_SPACES_KEY", S3Server.ACCESS_KEY, "DO_SPACES_SECRET", S3Server.SECRET_KEY, "LOG_FORMAT", "json");
        video = TestVideos.withOnePause(dir, 12);
        var first = CompletableFuture.supplyAsync(() -> start("api"));
        var w1 = CompletableFuture.supplyAsync(() -> start("w1"));
        var w2 = CompletableFuture.supplyAsync(() -> start("w2"));
        api = first.join();
        workers.put("w1", w1.join());
        workers.put("w2", w2.join());
        session = api.api().newSession();
    }

    @AfterAll
    void stopCluster() throws Exception {
        for (ServerProcess p : workers.values()) {
            p.close();
        }
        if (api != null) {
            api.close();
        }
        if (s3 != null) {
            s3.close();
        }
        if (redis != null) {
            redis.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void everyWorkerRuns() {
        workers.replaceAll((name, p) -> p.isAlive() ? p : start(name));
    }

    private ServerProcess start(String name) {
        boolean worker = !name.equals("api");
        List<String> options = new ArrayList<>(List.of("--roles=" + (worker ? "worker" : "api"),
                "--roughcut.pipeline.max-chunk-seconds=1", "--roughcut.pipeline.analyze-workers=1",
                "--roughcut.pipeline.worker-name=" + name,
                // Short leases and retries, so that each fault is over within seconds.
                "--roughcut.pipeline.visibility-timeout=4s", "--roughcut.pipeline.heartbeat-every=1s",
                "--roughcut.pipeline.reconcile-every=1s", "--roughcut.pipeline.outage-retry-every=1s",
                "--spring.datasource.hikari.connection-timeout=2000"));
        try {
            return ServerProcess.serve(dir, name, worker, options, environment);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String upload() throws Exception {
        return api.api().uploadTus(session, video, 128 * 1024);
    }

    private JsonNode finished(String job) throws Exception {
        JsonNode status = api.checking(() -> api.api().awaitFinished(session, job, Duration.ofSeconds(120)));
        assertThat(status.path("status").asString()).as("the job, then the workers' logs:\n"
                + workers.values().stream().map(ServerProcess::logTail).reduce("", String::concat)).isEqualTo("complete");
        return api.api().getJson(session, "/api/videos/" + job + "/results");
    }

    @Test
    @Order(1)
    void aJobUploadedToTheApiNodeIsDoneByTheWorkersWhileItsEventStreamShowsEveryChunk() throws Exception {
        String job = upload();
        List<String> events = new CopyOnWriteArrayList<>();
        var stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(api.api().uri("/api/videos/" + job + "/events"))
                .header("X-Session-Id", session).build(), HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(r -> r.body().forEach(events::add));
        JsonNode results = finished(job);
        cleanCuts = results.path("segmentsToRemove").toString();
        int chunks = results.path("processing").path("totalChunks").asInt();
        assertThat(chunks).isEqualTo(12);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events.stream().noneMatch(l -> l.contains("\"state\":\"complete\"") && l.contains("\"chunkIndex\":null"))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Set<Integer> seen = new TreeSet<>();
        for (String line : events) {
            if (line.startsWith("data:") && line.contains("\"type\":\"chunk\"") && line.contains("\"chunkState\":\"complete\"")) {
                JsonNode event = ApiClient.JSON.readTree(line.substring(5));
                seen.add(event.path("chunkIndex").asInt());
            }
        }
        assertThat(seen).as("chunks the API node's event stream reported done, from the workers' processes")
                .hasSize(chunks);
        assertThat(workers(job)).as("who ran the tasks").isNotEmpty().isSubsetOf(Set.of("w1", "w2"));

        // Every line a worker logged about the job's tasks carries the job in its own field.
        for (String name : workers(job)) {
            List<String> lines = Files.readAllLines(workers.get(name).log()).stream()
                    .filter(l -> l.contains(job) && l.contains("cut(s) found")).toList();
            assertThat(lines).as(name + "'s log").isNotEmpty()
                    .allMatch(l -> l.startsWith("{") && l.contains("\"jobId\":\"" + job + "\"") && l.contains("\"chunkIndex\""));
        }
    }

    @Test
    @Order(2)
    void aWorkerKilledMidChunkLosesNothingAndCountsNothingTwice() throws Exception {
        String job = upload();
        String victim = awaitChunkInFlight(job);
        workers.get(victim).kill();
        JsonNode results = finished(job);
        assertThat(results.path("segmentsToRemove").toString()).isEqualTo(cleanCuts);
        Map<Integer, Integer> attempts = chunkAttempts(job);
        assertThat(attempts).as("every chunk analysed, and counted once").hasSize(12);
        assertThat(attempts.values()).as("the killed worker's chunk ran again").anyMatch(n -> n >= 2);
    }

    @Test
    @Order(3)
    void aJobGoesOnWhenRedisLosesEverything() throws Exception {
        String job = upload();
        awaitChunkInFlight(job);
        redis.flushAll();
        assertThat(finished(job).path("segmentsToRemove").toString()).isEqualTo(cleanCuts);
    }

    @Test
    @Order(4)
    void whilePostgresqlRestartsTheApiSaysSoAndTheJobGoesOnAfter() throws Exception {
        String job = upload();
        awaitChunkInFlight(job);
        postgres.stop();
        try {
            HttpResponse<String> down = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                down = api.api().get(session, "/api/videos/" + job + "/status");
                if (down.statusCode() == 503) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(ApiClient.JSON.readTree(down.body()).path("message").asString()).contains("database");
            Thread.sleep(2000);
        } finally {
            postgres.startServer();
        }
        assertThat(finished(job).path("segmentsToRemove").toString()).isEqualTo(cleanCuts);
    }

    @Test
    @Order(5)
    void whenTheBucketIsAwayFor20SecondsTasksWaitAndFinishOnceItIsBack() throws Exception {
        String job = upload();
        awaitChunkInFlight(job);
        s3.stop();
        try {
            Thread.sleep(20_000);
        } finally {
            s3.restart();
        }
        JsonNode results = finished(job);
        assertThat(results.path("segmentsToRemove").toString()).isEqualTo(cleanCuts);
        assertThat(results.path("processing").path("failedChunks").asInt()).isZero();
    }

    private String awaitChunkInFlight(String jobId) throws Exception {
        return new TaskTable(postgres.jdbcUrl()).awaitChunkInFlight(jobId);
    }

    private Set<String> workers(String jobId) throws Exception {
        return new TaskTable(postgres.jdbcUrl()).workers(jobId);
    }

    private Map<Integer, Integer> chunkAttempts(String jobId) throws Exception {
        return new TaskTable(postgres.jdbcUrl()).chunkAttempts(jobId);
    }
}
