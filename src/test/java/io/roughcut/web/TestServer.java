package io.roughcut.web;

import io.roughcut.RoughcutApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on a random port with its data in a temporary directory, and an HTTP client for it. */
public final class TestServer implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = RoughcutApplication.port(context);
    }

    /**
     * Starts a server; {@code properties} are extra {@code name=value} Spring properties. Chunks are at most
     * 2 s unless the properties set {@code roughcut.pipeline.max-chunk-seconds}.
     */
    public static TestServer start(Path dataDir, String... properties) {
        List<String> args = new ArrayList<>();
        if (java.util.Arrays.stream(properties).noneMatch(p -> p.startsWith("roughcut.pipeline.max-chunk-seconds="))) {
            args.add("--roughcut.pipeline.max-chunk-seconds=2");
        }
        for (String p : properties) {
            args.add("--" + p);
        }
        return new TestServer(RoughcutApplication.run(0, dataDir, args.toArray(String[]::new)));
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A new anonymous session's token, as the brief's client gets it. */
    public String newSession() throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(url("/api/sessions/create")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        return JSON.readTree(response.body()).path("sessionId").asString();
    }

    public HttpResponse<String> get(String session, String path) throws IOException, InterruptedException {
        return send(request(session, path).GET().build());
    }

    public JsonNode getJson(String session, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(session, path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public HttpRequest.Builder request(String session, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        return session == null ? b : b.header("X-Session-Id", session);
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads a file through {@code POST /api/videos/upload} and returns the new job's id. */
    public String upload(String session, java.nio.file.Path video) throws IOException, InterruptedException {
        HttpResponse<String> r = send(Multipart.file("file", "talk.mp4", java.nio.file.Files.readAllBytes(video))
                .post(request(session, "/api/videos/upload")).build());
        if (r.statusCode() != 200) {
            throw new AssertionError("upload answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body()).path("jobId").asString();
    }

    /** Polls the job's status until it is finished, and returns the last status. */
    public JsonNode awaitFinished(String session, String jobId, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode status;
        do {
            status = getJson(session, "/api/videos/" + jobId + "/status");
            String s = status.path("status").asString();
            if (s.equals("complete") || s.equals("partial") || s.equals("failed")) {
                return status;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("job " + jobId + " did not finish within " + limit + "; last status " + status);
    }

    @Override
    public void close() {
        context.close();
    }
}
