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
     * 2 s unless the properties set {@code roughcut.pipeline.max-chunk-seconds}. The per-address limits are
     * lifted unless the properties set them: every test's sessions come from 127.0.0.1 at machine speed.
     */
    public static TestServer start(Path dataDir, String... properties) {
        List<String> args = new ArrayList<>();
        defaultTo(args, properties, "roughcut.pipeline.max-chunk-seconds=2");
        defaultTo(args, properties, "roughcut.rate.address-requests-per-minute=1000000");
        defaultTo(args, properties, "roughcut.rate.address-uploads-per-hour=1000000");
        defaultTo(args, properties, "roughcut.rate.address-sessions-per-hour=1000000");
        for (String p : properties) {
            args.add("--" + p);
        }
        return new TestServer(RoughcutApplication.run(0, dataDir, args.toArray(String[]::new)));
    }

    private static void defaultTo(List<String> args, String[] properties, String property) {
        String name = property.substring(0, property.indexOf('=') + 1);
        if (java.util.Arrays.stream(properties).noneMatch(p -> p.startsWith(name))) {
            args.add("--" + property);
        }
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
        JsonNode status = null;
        do {
            HttpResponse<String> r = get(session, "/api/videos/" + jobId + "/status");
            if (r.statusCode() == 429) {
                // A long job outlasts the session's minute of requests; wait as the server says, like a client should.
                Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            if (r.statusCode() != 200) {
                throw new AssertionError("GET status of " + jobId + " answered " + r.statusCode() + ": " + r.body());
            }
            status = JSON.readTree(r.body());
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
