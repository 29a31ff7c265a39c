package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.gemini.GeminiCostEstimate;
import io.roughcut.analysis.gemini.GeminiSettings;
import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The daily Gemini spending caps, against the fake Gemini: each job is booked at its estimate when it is
 * admitted, a session over its cap and a server over its cap are refused gemini (429 until midnight UTC) while
 * local still works, and deleting a job does not give its money back.
 */
class GeminiSpendingIntegrationTests {

    static final String KEY = "spending-test-key";
    static final FakeGeminiServer fake = FakeGeminiServer.start(KEY);
    /** What the test's 10 s talk is expected to cost with the server's settings (Gemini's chunks of 3 s). */
    static final double ESTIMATE = GeminiCostEstimate.forDuration(10, GeminiSettings.fromEnvironment().toBuilder()
            .apiKey(KEY).maxChunkSeconds(3).build()).costUsd();

    @RegisterExtension
    static final RunningServer running = new RunningServer(withCaps());
    static TestServer server;
    static Path video;

    /** Room for one video a session, and for two on the whole server. */
    static String[] withCaps() {
        List<String> properties = new ArrayList<>(List.of(GeminiJobsIntegrationTests.withFakeGemini(fake, KEY)));
        properties.add("roughcut.gemini.session-daily-cap-usd=" + ESTIMATE * 1.5);
        properties.add("roughcut.gemini.daily-cap-usd=" + ESTIMATE * 2.5);
        return properties.toArray(String[]::new);
    }

    @BeforeAll
    static void start() {
        server = running.server();
        video = GeminiJobsIntegrationTests.talk(running.dir().resolve("talk.mp4"));
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @Test
    void sessionsAndTheServerStopAtTheirDailyCapsWhileLocalGoesOn() throws Exception {
        assertThat(ESTIMATE).isPositive();
        byte[] bytes = Files.readAllBytes(video);
        String first = server.newSession();
        String jobId = accepted(send(first, "gemini", bytes));
        server.awaitFinished(first, jobId, Duration.ofMinutes(3));
        // Deleting the job does not give its money back.
        server.send(server.request(first, "/api/videos/" + jobId).DELETE().build());

        HttpResponse<String> again = send(first, "gemini", bytes);
        assertSpendingCap(again, "this session's");
        assertThat(uploadsOf(first)).as("the refused video is not kept").isZero();
        HttpResponse<String> hybrid = server.send(Multipart.file("file", "talk.mp4", bytes, Map.of("analyzer", "hybrid"))
                .post(server.request(first, "/api/videos/upload")).build());
        assertSpendingCap(hybrid, "this session's");
        String local = accepted(send(first, "local", bytes));
        assertThat(server.awaitFinished(first, local, Duration.ofMinutes(3)).path("status").asString()).isEqualTo("complete");

        String second = server.newSession();
        String secondJob = accepted(send(second, "gemini", bytes));
        server.awaitFinished(second, secondJob, Duration.ofMinutes(3));

        // Two videos are booked on the server; a third does not fit under its cap, whoever sends it.
        String third = server.newSession();
        assertSpendingCap(send(third, "gemini", bytes), "this server's");
        assertThat(accepted(send(third, "local", bytes))).isNotBlank();
    }

    private static HttpResponse<String> send(String session, String analyzer, byte[] bytes) throws Exception {
        return server.send(GeminiJobsIntegrationTests.tusCreateOn(server, session, analyzer, bytes));
    }

    private static String accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Roughcut-Job-Id").orElseThrow();
    }

    private static void assertSpendingCap(HttpResponse<String> response, String whose) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive().isLessThanOrEqualTo(24 * 3600);
        JsonNode body = TestServer.JSON.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo("spending_cap");
        assertThat(body.path("message").asString()).contains(whose, "daily budget", "local analyser", "midnight UTC");
    }

    /** The session's uploads that did not become a job. */
    private static long uploadsOf(String session) {
        return server.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM uploads u JOIN sessions s ON s.id = u.session_id "
                + "WHERE s.token_hash = ? AND u.job_id IS NULL").param(io.roughcut.session.SessionTokens.hash(session)).query(Long.class).single();
    }
}
