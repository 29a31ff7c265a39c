package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.web.Multipart;
import io.roughcut.web.ServeMain;
import io.roughcut.web.TestVideos;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kill -9 the server while a job's chunks are being analysed, start it again on the same data: the job
 * resumes, completes, and its cut list is the same as that of the same video processed without a kill.
 */
class RestartIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private Path lastLog;

    @Test
    void aJobInterruptedByKillMinus9ResumesAndCountsEveryChunkOnce() throws Exception {
        Path data = dir.resolve("data");
        Path video = TestVideos.withOnePause(dir, 20);
        int port = freePort();
        Process first = start(port, data);
        String session;
        String jobId;
        try {
            awaitUp(port, first);
            session = JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri(port, "/api/sessions/create"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .path("sessionId").asString();
            jobId = upload(port, session, video);
            JsonNode status = awaitChunksInFlight(port, session, jobId);
            assertThat(status.path("status").asString()).isEqualTo("analyzing");
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start(port, data);
        try {
            awaitUp(port, second);
            JsonNode done = awaitFinished(port, session, jobId);
            assertThat(done.path("status").asString()).isEqualTo("complete");
            assertThat(done.path("chunks").path("complete").asInt()).isEqualTo(done.path("chunks").path("total").asInt());

            String again = upload(port, session, video);
            awaitFinished(port, session, again);
            JsonNode interrupted = get(port, session, "/api/videos/" + jobId + "/results");
            JsonNode clean = get(port, session, "/api/videos/" + again + "/results");
            assertThat(interrupted.path("segmentsToRemove").toString())
                    .isEqualTo(clean.path("segmentsToRemove").toString());
            assertThat(interrupted.path("summary").path("cutCount").asInt())
                    .isEqualTo(clean.path("summary").path("cutCount").asInt()).isPositive();
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private Process start(int port, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ServeMain.class.getName(), Integer.toString(port), data.toString(),
                "--roughcut.pipeline.max-chunk-seconds=1", "--roughcut.pipeline.analyze-workers=1",
                // The killed process's claims go stale after this long without a heartbeat.
                "--roughcut.pipeline.visibility-timeout=4s", "--roughcut.pipeline.heartbeat-every=1s",
                "--roughcut.pipeline.reconcile-every=1s"));
        File log = dir.resolve("server-" + System.nanoTime() + ".log").toFile();
        lastLog = log.toPath();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void awaitUp(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ":\n"
                        + Files.readString(lastLog).lines().filter(l -> !l.startsWith("\tat ")).limit(60)
                        .reduce("", (a, b) -> a + b + "\n"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri(port, "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start within 90 s");
    }

    private static String upload(int port, String session, Path video) throws Exception {
        HttpResponse<String> r = HTTP.send(Multipart.file("file", "talk.mp4", Files.readAllBytes(video))
                .post(HttpRequest.newBuilder(uri(port, "/api/videos/upload")).header("X-Session-Id", session)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("jobId").asString();
    }

    private static JsonNode get(int port, String session, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(port, path)).header("X-Session-Id", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Waits until some chunks are done and some are not: the moment to pull the plug. */
    private static JsonNode awaitChunksInFlight(int port, String session, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = get(port, session, "/api/videos/" + jobId + "/status");
            int complete = status.path("chunks").path("complete").asInt();
            int total = status.path("chunks").path("total").asInt();
            if (complete >= 2 && complete <= total - 3) {
                return status;
            }
            if (status.path("status").asString().equals("complete")) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never saw the job with chunks half done; last status " + status);
    }

    private static JsonNode awaitFinished(int port, String session, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = get(port, session, "/api/videos/" + jobId + "/status");
            String s = status.path("status").asString();
            if (s.equals("complete") || s.equals("partial") || s.equals("failed")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not finish after the restart; last status " + status);
    }
}
