package io.roughcut.web;

import io.roughcut.analysis.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.pipeline.ChunkState;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobEvent;
import io.roughcut.pipeline.JobEvents;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.pipeline.JobState;
import io.roughcut.session.SessionTokens;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Server-Sent Events carry a job's changes as they happen, and the stream ends when the job does. */
class EventsIntegrationTests {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static TestServer server;
    static Path dir;

    @BeforeAll
    static void start() {
        server = running.server();
        dir = running.dir();
    }

    @Test
    void aListenerSeesStateAndChunkEventsLiveUntilTheJobFinishes() throws Exception {
        String session = server.newSession();
        Job job = idleJob(session);

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                server.request(session, "/api/videos/" + job.id() + "/events").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            lines.add(reader.readLine());
            while (!lines.getLast().isEmpty()) {
                lines.add(reader.readLine());
            }
            JobEvents events = server.bean(JobEvents.class);
            events.publish(JobEvent.chunk(job.id(), JobState.ANALYZING, 52, 0, ChunkState.COMPLETE, 3));
            events.publish(JobEvent.job(job.id(), JobState.COMPLETE, 100));
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        String stream = String.join("\n", lines);
        assertThat(stream).contains("event:status", "\"status\":\"analyzing\"");
        assertThat(stream).contains("event:chunk", "\"chunkIndex\":0", "\"chunkState\":\"complete\"", "\"cutsFound\":3");
        assertThat(stream).contains("event:state", "\"state\":\"complete\"", "\"progress\":100");
        assertThat(stream.indexOf("event:chunk")).isLessThan(stream.indexOf("event:state"));
    }

    @Test
    void anotherSessionCannotListen() throws Exception {
        Job job = idleJob(server.newSession());
        assertThat(server.get(server.newSession(), "/api/videos/" + job.id() + "/events").statusCode()).isEqualTo(404);
    }

    /** A job that no worker touches, so the test alone decides what happens to it. */
    private static Job idleJob(String session) {
        UUID sessionId = server.bean(JdbcClient.class).sql("SELECT id FROM sessions WHERE token_hash = ?")
                .param(SessionTokens.hash(session)).query(UUID.class).single();
        Job job = new Job(UUID.randomUUID(), sessionId, null, JobState.ANALYZING, 10, "local", "talk.mp4", 10, "mp4",
                "as-is", 6.0, "uploads/none/original", null, null, null, null, null, null, null,
                OffsetDateTime.now(ZoneOffset.UTC), null, null, AnalysisOptions.DEFAULT);
        server.bean(JobRepository.class).insert(job);
        return job;
    }
}
