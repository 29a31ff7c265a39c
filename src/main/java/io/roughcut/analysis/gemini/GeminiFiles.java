package io.roughcut.analysis.gemini;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gemini's Files API over plain {@code java.net.http}: the resumable upload, get and delete. Written here
 * rather than taken from the SDK, whose upload never finalises a file whose size is a multiple of 8 MiB
 * and truncates on short reads. Pieces are read with {@code readNBytes}, which fills the buffer or hits
 * the end of the file. Thread-safe.
 */
final class GeminiFiles {

    /** Every piece but the last must be exactly this long. */
    static final int PIECE_BYTES = 8 * 1024 * 1024;

    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;

    GeminiFiles(String baseUrl, String apiKey, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).build();
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    GeminiFile upload(Path file, String displayName) {
        return upload(file, displayName, share -> { });
    }

    /** @param sent told the share of the file sent so far, from 0 to 1, after each piece */
    GeminiFile upload(Path file, String displayName, DoubleConsumer sent) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw GeminiCallException.io("Reading " + file, e);
        }
        ObjectNode body = JsonMapper.shared().createObjectNode();
        body.putObject("file").put("displayName", displayName).put("mimeType", "video/mp4");
        HttpRequest start = request(URI.create(baseUrl + "/upload/v1beta/files"))
                .header("X-Goog-Upload-Protocol", "resumable")
                .header("X-Goog-Upload-Command", "start")
                .header("X-Goog-Upload-Header-Content-Length", Long.toString(size))
                .header("X-Goog-Upload-Header-Content-Type", "video/mp4")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> started = send("Starting the upload", start);
        URI uploadUrl = started.headers().firstValue("X-Goog-Upload-URL").map(this::onBaseUrl)
                .orElseThrow(() -> GeminiCallException.io("Starting the upload",
                        new IOException("no X-Goog-Upload-URL in the answer")));
        try (InputStream in = Files.newInputStream(file)) {
            long offset = 0;
            byte[] buffer = new byte[(int) Math.min(PIECE_BYTES, Math.max(size, 1))];
            while (true) {
                int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, size - offset));
                boolean last = offset + n >= size;
                HttpRequest piece = request(uploadUrl)
                        .header("X-Goog-Upload-Command", last ? "upload, finalize" : "upload")
                        .header("X-Goog-Upload-Offset", Long.toString(offset))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(buffer, 0, n)).build();
                HttpResponse<String> answer = send("Uploading " + file.getFileName(), piece);
                offset += n;
                sent.accept(size == 0 ? 1 : (double) offset / size);
                String status = answer.headers().firstValue("X-Goog-Upload-Status").orElse("");
                if (last) {
                    if (!status.equalsIgnoreCase("final")) {
                        throw GeminiCallException.io("Uploading " + file.getFileName(),
                                new IOException("the last piece was answered with upload status '" + status + "'"));
                    }
                    return parse(JsonMapper.shared().readTree(answer.body()).path("file"));
                }
            }
        } catch (IOException e) {
            throw GeminiCallException.io("Reading " + file, e);
        }
    }

    GeminiFile get(String name) {
        HttpResponse<String> answer = send("Looking at " + name,
                request(URI.create(baseUrl + "/v1beta/" + name)).GET().build());
        return parse(JsonMapper.shared().readTree(answer.body()));
    }

    void delete(String name) {
        send("Deleting " + name, request(URI.create(baseUrl + "/v1beta/" + name)).DELETE().build());
    }

    /**
     * Gemini names its own host in the upload URL; like the SDK, keep its path and query but send them to
     * the configured base URL, so a gateway or a local fake in front of Gemini sees the whole upload.
     */
    private URI onBaseUrl(String uploadUrl) {
        URI given = URI.create(uploadUrl);
        return URI.create(baseUrl + given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery()));
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("x-goog-api-key", apiKey == null ? "" : apiKey);
    }

    private HttpResponse<String> send(String what, HttpRequest request) {
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw GeminiCallException.timeout(what, e);
        } catch (IOException e) {
            throw GeminiCallException.io(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw GeminiCallException.io(what, e);
        }
        if (answer.statusCode() / 100 != 2) {
            throw GeminiCallException.http(what, answer.statusCode(), answer.body());
        }
        return answer;
    }

    private static GeminiFile parse(JsonNode file) {
        JsonNode error = file.path("error");
        return new GeminiFile(file.path("name").asString(""), file.path("uri").asString(""),
                file.path("mimeType").asString("video/mp4"), file.path("state").asString("PROCESSING"),
                error.isObject() ? error.path("message").asString("") : null);
    }
}
