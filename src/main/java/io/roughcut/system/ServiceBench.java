package io.roughcut.system;

import io.roughcut.RoughcutApplication;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Roughcut service started in this process for a benchmark, and one job through it as a browser sends
 * it: a tus upload in large requests, then the wait for the result. Times are wall-clock seconds.
 */
final class ServiceBench implements AutoCloseable {

    /** How long one job took: its upload, and from the end of the upload to its result. */
    record JobTimes(double uploadSeconds, double processSeconds) {
        double total() {
            return uploadSeconds + processSeconds;
        }
    }

    private static final long REQUEST_BYTES = 64L * 1024 * 1024;
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z]+)\"");
    private static final Pattern SESSION = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final Path data;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServiceBench(Path data, List<String> properties) {
        this.data = data;
        List<String> args = new ArrayList<>();
        properties.forEach(p -> args.add("--" + p));
        this.context = RoughcutApplication.run(0, data, args.toArray(String[]::new));
        this.base = URI.create("http://127.0.0.1:" + RoughcutApplication.port(context));
    }

    /** Uploads {@code video} with tus and waits for its job to finish. */
    JobTimes job(Path video) throws IOException, InterruptedException {
        String session = match(SESSION, http.send(HttpRequest.newBuilder(base.resolve("/api/sessions/create"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body());
        long started = System.nanoTime();
        String jobId = upload(session, video);
        long uploaded = System.nanoTime();
        String status;
        do {
            Thread.sleep(250);
            status = match(STATUS, http.send(HttpRequest.newBuilder(base.resolve("/api/videos/" + jobId + "/status"))
                    .header("X-Session-Id", session).build(), HttpResponse.BodyHandlers.ofString()).body());
        } while (!status.equals("complete") && !status.equals("partial") && !status.equals("failed"));
        if (!status.equals("complete")) {
            throw new IllegalStateException("the benchmark job ended " + status);
        }
        return new JobTimes((uploaded - started) / 1e9, (System.nanoTime() - uploaded) / 1e9);
    }

    private String upload(String session, Path video) throws IOException, InterruptedException {
        long size = Files.size(video);
        HttpResponse<Void> created = http.send(HttpRequest.newBuilder(base.resolve("/api/uploads"))
                .header("Tus-Resumable", "1.0.0").header("X-Session-Id", session).header("Upload-Length", Long.toString(size))
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString(
                        video.getFileName().toString().getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        URI location = base.resolve(created.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("the upload was refused: " + created.statusCode())));
        String jobId = null;
        for (long offset = 0; offset < size; offset += REQUEST_BYTES) {
            long from = offset;
            long length = Math.min(REQUEST_BYTES, size - offset);
            HttpResponse<Void> patched = http.send(HttpRequest.newBuilder(location).header("Tus-Resumable", "1.0.0")
                    .header("X-Session-Id", session).header("Upload-Offset", Long.toString(offset))
                    .header("Content-Type", "application/offset+octet-stream")
                    .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                            () -> region(video, from, length)), length)).build(), HttpResponse.BodyHandlers.discarding());
            if (patched.statusCode() != 204) {
                throw new IllegalStateException("a PATCH was refused: " + patched.statusCode());
            }
            jobId = patched.headers().firstValue("Roughcut-Job-Id").orElse(jobId);
        }
        if (jobId == null) {
            throw new IllegalStateException("the finished upload named no job");
        }
        return jobId;
    }

    private static InputStream region(Path file, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new io.roughcut.storage.BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }

    /** Where this service keeps its blobs, as its store describes itself. */
    String store() {
        return context.getBean(BlobStore.class).describe();
    }

    boolean storesOnThisHost() {
        return context.getBean(BlobStore.class).storesOnThisHost();
    }

    @Override
    public void close() throws IOException {
        context.close();
        FileTrees.delete(data);
    }
}
