package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.RedisServer;
import io.roughcut.web.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attempts are counted in the database, on the in-process queue and on Redis Streams alike: a task that
 * fails every time fails its chunk with the reason after the policy's attempts, and one whose processes died
 * as often is not tried again. Neither is retried forever, and the job ends with a reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttemptsIntegrationTests {

    private RedisServer redis;
    private final List<TestServer> servers = new ArrayList<>();

    @BeforeAll
    void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    void stop() {
        servers.forEach(TestServer::close);
        redis.close();
    }

    Stream<String> queues() {
        return Stream.of("in-process", "redis");
    }

    private TestServer server(String queue) throws Exception {
        Path data = Files.createTempDirectory("roughcut-attempts");
        TestServer server = queue.equals("redis")
                ? TestServer.start(data, "roughcut.redis.url=" + redis.url(), "roughcut.pipeline.reconcile-every=1s")
                : TestServer.start(data, "roughcut.pipeline.reconcile-every=1s");
        servers.add(server);
        return server;
    }

    /** A job prepared from a real video, under analysis, with one chunk whose file the blob store does not have. */
    private static UUID jobWithAMissingChunk(TestServer server, String session) throws Exception {
        JdbcClient jdbc = server.bean(JdbcClient.class);
        UUID sessionId = jdbc.sql("SELECT id FROM sessions WHERE token_hash = ?")
                .param(io.roughcut.session.SessionTokens.hash(session)).query(UUID.class).single();
        UUID id = UUID.randomUUID();
        Job job = Job.queued(id, sessionId, "local", AnalysisOptions.DEFAULT, "talk.mp4", 10, "mp4", 4.0, Jobs.originalKey(id));
        server.bean(JobRepository.class).insert(job);
        Path video = io.roughcut.web.TestVideos.withOnePause(Files.createTempDirectory("roughcut-attempts-video"), 4);
        String described = server.bean(StoredMedia.class).write(new io.roughcut.media.MediaProbe(
                io.roughcut.testing.TestMedia.ffmpeg()).probe(video));
        server.bean(JobRepository.class).setPrepared(id, new PreparedFacts("mp4", "as-is", 4.0, Jobs.originalKey(id),
                described, described, null, null, null));
        server.bean(JobRepository.class).updateState(id, JobState.ANALYZING, 10);
        server.bean(ChunkRepository.class).replaceAll(id, List.of(new Chunk(id, 0, 0, 4, 4, 10, Chunk.blobKey(id, 0),
                ChunkState.PENDING, 0, null, null, null, null)));
        return id;
    }

    private static String awaitEnd(TestServer server, String session, UUID job) throws Exception {
        return server.awaitFinished(session, job.toString(), Duration.ofSeconds(60)).path("status").asString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queues")
    void aTaskThatFailsEveryTimeFailsItsChunkWithTheReasonAfterItsAttempts(String queue) throws Exception {
        TestServer server = server(queue);
        String session = server.newSession();
        UUID job = jobWithAMissingChunk(server, session);
        Task task = server.bean(TaskRepository.class).create(job, TaskType.ANALYZE_CHUNK, 0).orElseThrow();
        server.bean(TaskQueue.class).submit(TaskRef.of(task), Duration.ZERO);

        assertThat(awaitEnd(server, session, job)).isEqualTo("failed");
        Task end = server.bean(TaskRepository.class).find(task.id()).orElseThrow();
        assertThat(end.state()).isEqualTo(TaskState.FAILED);
        assertThat(end.attempts()).isEqualTo(TaskPolicy.of(TaskType.ANALYZE_CHUNK, server.bean(PipelineSettings.class)).attempts());
        assertThat(end.lastError()).contains("no stored object");
        Chunk chunk = server.bean(ChunkRepository.class).find(job, 0).orElseThrow();
        assertThat(chunk.state()).isEqualTo(ChunkState.FAILED);
        assertThat(chunk.errorMessage()).contains("no stored object");
        assertThat(server.bean(JobRepository.class).find(job).orElseThrow().errorMessage()).contains("Every chunk failed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queues")
    void aTaskWhoseProcessDiedAsOftenAsItMayTryIsNotTriedAgain(String queue) throws Exception {
        TestServer server = server(queue);
        String session = server.newSession();
        UUID job = jobWithAMissingChunk(server, session);
        Task task = server.bean(TaskRepository.class).create(job, TaskType.ANALYZE_CHUNK, 0).orElseThrow();
        // Three claims, each of whose processes died mid-way: the attempts stay, the tasks were reset to pending.
        server.bean(JdbcClient.class).sql("UPDATE tasks SET attempts = 3 WHERE id = ?").param(task.id()).update();
        server.bean(TaskQueue.class).submit(TaskRef.of(task), Duration.ZERO);

        assertThat(awaitEnd(server, session, job)).isEqualTo("failed");
        Task end = server.bean(TaskRepository.class).find(task.id()).orElseThrow();
        assertThat(end.state()).isEqualTo(TaskState.FAILED);
        assertThat(end.attempts()).as("the fourth claim does not run it").isEqualTo(4);
        assertThat(end.lastError()).contains("interrupted 3 times");
        assertThat(server.bean(ChunkRepository.class).find(job, 0).orElseThrow().errorMessage()).contains("interrupted 3 times");
    }
}
