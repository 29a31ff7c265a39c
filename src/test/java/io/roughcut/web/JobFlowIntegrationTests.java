package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.storage.BlobStore;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** One video through the whole service over HTTP: tus upload, processing, review, export, share, delete. */
class JobFlowIntegrationTests {

    static final String OPERATOR = "operator-token-for-tests";

    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.management.token=" + OPERATOR);
    static TestServer server;
    static Path dir;

    @BeforeAll
    static void start() {
        server = running.server();
        dir = running.dir();
    }

    static String tusUpload(String session, Path file) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(server.url("/api/uploads")));
        client.setHeaders(Map.of("X-Session-Id", session));
        TusUpload upload = new TusUpload(file.toFile());
        upload.setMetadata(Map.of("filename", "My talk (final).mp4"));
        TusUploader uploader = client.createUpload(upload);
        uploader.setChunkSize(16 * 1024);
        while (uploader.uploadChunk() > -1) {
            // keep sending
        }
        uploader.finish();
        HttpResponse<Void> head = HttpClientHolder.head(server.url(new URL(uploader.getUploadURL().toString()).getPath()), session);
        return head.headers().firstValue("Roughcut-Job-Id").orElseThrow();
    }

    @Test
    void aVideoGoesFromUploadToReviewedExport() throws Exception {
        String session = server.newSession();
        Path video = TestVideos.withOnePause(dir, 6);
        String jobId = tusUpload(session, video);

        JsonNode status = server.awaitFinished(session, jobId, Duration.ofSeconds(90));
        assertThat(status.path("status").asString()).isEqualTo("complete");
        assertThat(status.path("progress").asInt()).isEqualTo(100);
        assertThat(status.path("fileName").asString()).isEqualTo("My talk (final).mp4");
        assertThat(status.path("fileSize").asLong()).isEqualTo(Files.size(video));
        assertThat(status.path("chunks").path("total").asInt()).isEqualTo(3);
        assertThat(status.path("chunks").path("complete").asInt()).isEqualTo(3);

        JsonNode logs = server.getJson(session, "/api/videos/" + jobId + "/logs");
        assertThat(logs.toString()).contains("Preparing", "cut(s) found", "Finished: complete");

        JsonNode chunks = server.getJson(session, "/api/videos/" + jobId + "/chunks");
        assertThat(chunks.size()).isEqualTo(3);
        assertThat(chunks.get(0).path("status").asString()).isEqualTo("complete");

        JsonNode results = server.getJson(session, "/api/videos/" + jobId + "/results");
        JsonNode cuts = results.path("segmentsToRemove");
        assertThat(cuts.size()).as("the one silence, %s", cuts).isGreaterThanOrEqualTo(1);
        JsonNode pause = null;
        for (JsonNode c : cuts) {
            if (c.path("category").asString().equals("pause") && c.path("start").asDouble() < 3 && c.path("end").asDouble() > 2.5) {
                pause = c;
            }
        }
        assertThat(pause).as("a pause around 2.0-3.5 s in %s", cuts).isNotNull();
        String cutId = pause.path("id").asString();

        List<String> events = sse(session, jobId);
        assertThat(events).anyMatch(l -> l.startsWith("event:status"));
        assertThat(events).anyMatch(l -> l.contains("\"status\":\"complete\""));

        HttpResponse<String> bad = server.send(server.request(session, "/api/videos/" + jobId + "/segments/" + cutId)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{nope")).build());
        assertThat(bad.statusCode()).isEqualTo(400);
        HttpResponse<String> wrong = server.send(server.request(session, "/api/videos/" + jobId + "/segments/" + cutId)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"decision\":\"maybe\"}")).build());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("decision");
        HttpResponse<String> reject = server.send(server.request(session, "/api/videos/" + jobId + "/segments/" + cutId)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"decision\":\"rejected\"}")).build());
        assertThat(reject.statusCode()).isEqualTo(200);
        JsonNode decided = server.getJson(session, "/api/videos/" + jobId + "/results");
        assertThat(decided.toString()).contains("\"decision\":\"rejected\"");

        HttpResponse<String> csv = server.get(session, "/api/export/" + jobId + "/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(csv.body()).startsWith("id,").doesNotContain(cutId);
        // The JSON export is the whole result: the rejected cut stays, marked, and leaves the summary.
        JsonNode exported = TestServer.JSON.readTree(server.get(session, "/api/export/" + jobId + "/json").body());
        for (JsonNode c : exported.path("segmentsToRemove")) {
            if (c.path("id").asString().equals(cutId)) {
                assertThat(c.path("decision").asString()).isEqualTo("rejected");
            }
        }
        assertThat(exported.path("summary").path("cutCount").asInt())
                .isEqualTo(results.path("summary").path("cutCount").asInt() - 1);
        HttpResponse<String> edl = server.get(session, "/api/export/" + jobId + "/edl");
        assertThat(edl.statusCode()).isEqualTo(200);
        assertThat(edl.body()).startsWith("TITLE:");
        assertThat(server.get(session, "/api/export/" + jobId + "/docx").statusCode()).isEqualTo(404);

        HttpResponse<String> media = server.send(server.request(session, "/api/videos/" + jobId + "/media")
                .header("Range", "bytes=0-99").GET().build());
        assertThat(media.statusCode()).isEqualTo(206);
        assertThat(media.headers().firstValue("Content-Range").orElse("")).startsWith("bytes 0-99/");
        assertThat(media.headers().firstValueAsLong("Content-Length").orElse(-1)).isEqualTo(100);

        String other = server.newSession();
        assertThat(server.get(other, "/api/videos/" + jobId + "/status").statusCode()).isEqualTo(404);
        assertThat(server.get(other, "/api/videos/" + jobId + "/results").statusCode()).isEqualTo(404);
        assertThat(server.get(session, "/api/videos/not-a-uuid/status").statusCode()).isEqualTo(404);
        assertThat(server.getJson(other, "/api/sessions/current/videos").size()).isZero();
        assertThat(server.getJson(session, "/api/sessions/current/videos").get(0).path("jobId").asString()).isEqualTo(jobId);

        JsonNode share = TestServer.JSON.readTree(server.send(server.request(session, "/api/videos/" + jobId + "/share")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body());
        String token = share.path("token").asString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        JsonNode shared = server.getJson(null, "/api/shared/" + token);
        assertThat(shared.path("results").path("segmentsToRemove").size()).isEqualTo(cuts.size());
        assertThat(server.get(null, "/s/" + token).statusCode()).isEqualTo(200);
        server.send(server.request(session, "/api/videos/" + jobId + "/share").DELETE().build());
        assertThat(server.get(null, "/api/shared/" + token).statusCode()).isEqualTo(404);

        // The job's work shows in the metrics, for the operator.
        assertThat(server.send(operator("/actuator/prometheus").build()).body())
                .contains("roughcut_stage_duration_seconds", "roughcut_jobs_total", "roughcut_chunks_total");

        assertThat(server.send(server.request(session, "/api/videos/" + jobId).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(server.get(session, "/api/videos/" + jobId + "/status").statusCode()).isEqualTo(404);
        assertThat(server.bean(BlobStore.class).size("uploads/" + jobId + "/original")).isEmpty();
        assertThat(running.data().resolve("work/" + jobId)).doesNotExist();
    }

    @Test
    void aTruncatedMkvAndASilentVideoSayWhatTheAnalysisCouldNotSee() throws Exception {
        String session = server.newSession();
        Path whole = io.roughcut.testing.TestMedia.generate(dir.resolve("whole.mkv"), "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=10", "-f", "lavfi", "-i", "sine=frequency=440", "-t", "8", "-c:v", "libx264",
                "-g", "10", "-c:a", "aac");
        byte[] bytes = Files.readAllBytes(whole);
        HttpResponse<String> cut = server.send(Multipart.file("file", "lecture.mkv",
                java.util.Arrays.copyOf(bytes, bytes.length / 2)).post(server.request(session, "/api/videos/upload")).build());
        assertThat(cut.statusCode()).as(cut.body()).isEqualTo(200);
        JsonNode truncated = server.awaitFinished(session, TestServer.JSON.readTree(cut.body()).path("jobId").asString(),
                Duration.ofSeconds(90));
        assertThat(truncated.path("notes").toString()).contains("lecture.mkv ends at", "truncated");

        Path mute = io.roughcut.testing.TestMedia.generate(dir.resolve("screen.mp4"), "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=10", "-t", "3", "-c:v", "libx264", "-g", "10");
        HttpResponse<String> silent = server.send(Multipart.file("file", "screen.mp4", Files.readAllBytes(mute))
                .post(server.request(session, "/api/videos/upload")).build());
        String silentJob = TestServer.JSON.readTree(silent.body()).path("jobId").asString();
        JsonNode status = server.awaitFinished(session, silentJob, Duration.ofSeconds(90));
        assertThat(status.path("notes").toString()).contains("screen.mp4 has no sound");
        assertThat(server.getJson(session, "/api/videos/" + silentJob + "/logs").toString()).contains("has no sound");
    }

    @Test
    void healthIsPublicWithoutDetailsAndTheOperatorSeesDetailsAndMetrics() throws Exception {
        JsonNode publicHealth = server.getJson(null, "/actuator/health");
        assertThat(publicHealth.path("status").asString()).isEqualTo("UP");
        assertThat(publicHealth.has("components")).as("no details in public: %s", publicHealth).isFalse();
        HttpResponse<String> noToken = server.get(null, "/actuator/prometheus");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(TestServer.JSON.readTree(noToken.body()).path("message").asString()).contains("token");
        assertThat(server.send(server.request(null, "/actuator/prometheus").header("Authorization", "Bearer wrong")
                .GET().build()).statusCode()).isEqualTo(403);

        JsonNode health = TestServer.JSON.readTree(server.send(operator("/actuator/health").build()).body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("blobStore").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("ffmpeg").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("dataDisk").path("status").asString()).isEqualTo("UP");
        HttpResponse<String> metrics = server.send(operator("/actuator/prometheus").build());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("roughcut_queue_depth");
        HttpResponse<String> openapi = server.get(null, "/api/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/videos/{jobId}/status", "/api/uploads");
        HttpResponse<String> docs = server.get(null, "/api/docs");
        assertThat(docs.statusCode()).isEqualTo(302);
        HttpResponse<String> swagger = server.get(null, URI.create(docs.headers().firstValue("Location").orElseThrow()).getPath());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }

    private static HttpRequest.Builder operator(String path) {
        return server.request(null, path).header("Authorization", "Bearer " + OPERATOR).GET();
    }

    private static List<String> sse(String session, String jobId) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> r = HttpClientHolder.CLIENT.send(
                server.request(session, "/api/videos/" + jobId + "/events").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        List<String> lines = new ArrayList<>();
        r.body().forEach(lines::add);
        return lines;
    }

    /** A plain client for the calls TestServer does not wrap. */
    static final class HttpClientHolder {
        static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();

        static HttpResponse<Void> head(String url, String session) throws Exception {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("X-Session-Id", session)
                    .header("Tus-Resumable", "1.0.0").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}
