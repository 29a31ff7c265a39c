package io.roughcut.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.web.Multipart;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Roughcut's HTTP API as a script uses it, against a server at {@code base}. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;

    public ApiClient(URI base) {
        this.base = base;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public String newSession() throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/api/sessions/create"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body())
                .path("sessionId").asString();
    }

    public HttpResponse<String> get(String session, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("X-Session-Id", session).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String session, String path) throws Exception {
        HttpResponse<String> r = get(session, path);
        assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** Uploads through the multipart route; returns the job's id. */
    public String upload(String session, Path video) throws Exception {
        HttpResponse<String> r = HTTP.send(Multipart.file("file", "talk.mp4", Files.readAllBytes(video))
                .post(HttpRequest.newBuilder(uri("/api/videos/upload")).header("X-Session-Id", session)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("jobId").asString();
    }

    /** Uploads with the real tus client, in requests of {@code requestBytes}; returns the job's id. */
    public String uploadTus(String session, Path video, int requestBytes) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(uri("/api/uploads").toURL());
        client.setHeaders(Map.of("X-Session-Id", session));
        TusUploader uploader = client.createUpload(new TusUpload(video.toFile()));
        uploader.setChunkSize(64 * 1024);
        uploader.setRequestPayloadSize(requestBytes);
        while (uploader.uploadChunk() > -1) {
            // keep sending
        }
        uploader.finish();
        HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create(uploader.getUploadURL().toString()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Tus-Resumable", "1.0.0")
                .header("X-Session-Id", session).build(), HttpResponse.BodyHandlers.discarding());
        return head.headers().firstValue("Roughcut-Job-Id").orElseThrow(() -> new AssertionError(
                "the finished upload names no job; HEAD answered " + head.statusCode()));
    }

    /**
     * Polls the job until it is finished; returns its last status. Four times a second, within the brief's
     * 100 requests a minute, and waiting as told when the limit answers 429 all the same.
     */
    public JsonNode awaitFinished(String session, String jobId, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(session, "/api/videos/" + jobId + "/status");
            if (r.statusCode() == 429) {
                Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            assertThat(r.statusCode()).as("job status: " + r.body()).isEqualTo(200);
            status = JSON.readTree(r.body());
            String s = status.path("status").asString();
            if (s.equals("complete") || s.equals("partial") || s.equals("failed")) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + jobId + " did not finish within " + limit + "; last status " + status);
    }
}
