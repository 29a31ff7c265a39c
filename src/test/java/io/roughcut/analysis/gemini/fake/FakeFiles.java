package io.roughcut.analysis.gemini.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake's Files API: resumable uploads in 8 MiB pieces with offsets checked as Gemini checks them,
 * files that stay PROCESSING for a few polls and then turn ACTIVE (or FAILED, when scripted), get, list
 * and delete. Thread-safe.
 */
final class FakeFiles {

    static final int PIECE = 8 * 1024 * 1024;

    /** An upload in progress. */
    private static final class Session {
        final long declaredLength;
        final String displayName;
        final String mimeType;
        final Path data;
        long received;

        Session(long declaredLength, String displayName, String mimeType, Path data) {
            this.declaredLength = declaredLength;
            this.displayName = displayName;
            this.mimeType = mimeType;
            this.data = data;
        }
    }

    /** An uploaded file. */
    static final class StoredFile {
        final String id;
        final String displayName;
        final String mimeType;
        final Path data;
        final String sha256Hex;
        final String sha256Base64;
        final Instant created = Instant.now();
        final AtomicInteger pollsLeft;
        final boolean failsProcessing;
        volatile String state = "PROCESSING";

        StoredFile(String id, String displayName, String mimeType, Path data, byte[] sha, int polls, boolean fails) {
            this.id = id;
            this.displayName = displayName;
            this.mimeType = mimeType;
            this.data = data;
            this.sha256Hex = HexFormat.of().formatHex(sha);
            this.sha256Base64 = Base64.getEncoder().encodeToString(sha);
            this.pollsLeft = new AtomicInteger(polls);
            this.failsProcessing = fails;
            if (polls <= 0) {
                state = fails ? "FAILED" : "ACTIVE";
            }
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    final Map<String, StoredFile> files = new ConcurrentHashMap<>();
    private final Path dir;
    volatile int processingPolls = 2;
    final AtomicInteger failNextProcessing = new AtomicInteger();
    final AtomicInteger uploads = new AtomicInteger();
    final AtomicInteger deletes = new AtomicInteger();

    FakeFiles(Path dir) {
        this.dir = dir;
    }

    void start(HttpExchange exchange, String version) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("X-Goog-Upload-Header-Content-Length");
        if (!"resumable".equals(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Protocol"))
                || !"start".equals(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Command")) || length == null) {
            Replies.error(exchange, 400, "INVALID_ARGUMENT", "Expected a resumable upload start with its length.");
            return;
        }
        JsonNode body = JsonMapper.shared().readTree(exchange.getRequestBody().readAllBytes());
        JsonNode file = body.path("file");
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String contentType = exchange.getRequestHeaders().getFirst("X-Goog-Upload-Header-Content-Type");
        Session session = new Session(Long.parseLong(length),
                file.path("displayName").asString(file.path("display_name").asString(id)),
                contentType != null ? contentType : file.path("mimeType").asString("video/mp4"),
                Files.createFile(dir.resolve(id)));
        sessions.put(id, session);
        // Gemini answers with its own host, which clients replace by their base URL; so does the SDK.
        exchange.getResponseHeaders().set("X-Goog-Upload-URL", "https://generativelanguage.googleapis.com/upload/"
                + version + "/files?upload_id=" + id + "&upload_protocol=resumable");
        exchange.getResponseHeaders().set("X-Goog-Upload-Status", "active");
        Replies.json(exchange, 200, "{}");
    }

    void piece(HttpExchange exchange, String uploadId, String baseUrl) throws IOException {
        Session session = sessions.get(uploadId);
        if (session == null) {
            Replies.error(exchange, 404, "NOT_FOUND", "No upload " + uploadId);
            return;
        }
        String command = String.valueOf(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Command"));
        long offset = Long.parseLong(String.valueOf(exchange.getRequestHeaders().getFirst("X-Goog-Upload-Offset")));
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        boolean finalize = command.replace(" ", "").equals("upload,finalize");
        synchronized (session) {
            if (offset != session.received) {
                Replies.error(exchange, 400, "INVALID_ARGUMENT", "Offset " + offset + " but " + session.received
                        + " bytes were received.");
                return;
            }
            if (!finalize && bytes.length != PIECE) {
                Replies.error(exchange, 400, "INVALID_ARGUMENT", "Every piece but the last must be 8 MiB.");
                return;
            }
            try (OutputStream out = Files.newOutputStream(session.data, StandardOpenOption.APPEND)) {
                out.write(bytes);
            }
            session.received += bytes.length;
            if (!finalize) {
                exchange.getResponseHeaders().set("X-Goog-Upload-Status", "active");
                Replies.json(exchange, 200, "");
                return;
            }
            if (session.received != session.declaredLength) {
                Replies.error(exchange, 400, "INVALID_ARGUMENT", "Declared " + session.declaredLength
                        + " bytes, received " + session.received + ".");
                return;
            }
        }
        sessions.remove(uploadId);
        boolean fails = failNextProcessing.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        StoredFile stored = new StoredFile(uploadId, session.displayName, session.mimeType, session.data,
                sha256(session.data), processingPolls, fails);
        files.put(stored.id, stored);
        uploads.incrementAndGet();
        exchange.getResponseHeaders().set("X-Goog-Upload-Status", "final");
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.set("file", json(stored, baseUrl));
        Replies.json(exchange, 200, root.toString());
    }

    /** A poll: each one brings a PROCESSING file closer to ACTIVE or FAILED. */
    void get(HttpExchange exchange, String id, String baseUrl) throws IOException {
        StoredFile f = files.get(id);
        if (f == null) {
            Replies.error(exchange, 404, "NOT_FOUND", "File files/" + id + " not found.");
            return;
        }
        if (f.state.equals("PROCESSING") && f.pollsLeft.decrementAndGet() <= 0) {
            f.state = f.failsProcessing ? "FAILED" : "ACTIVE";
        }
        Replies.json(exchange, 200, json(f, baseUrl).toString());
    }

    void list(HttpExchange exchange, String baseUrl) throws IOException {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        var array = root.putArray("files");
        files.values().forEach(f -> array.add(json(f, baseUrl)));
        Replies.json(exchange, 200, root.toString());
    }

    void delete(HttpExchange exchange, String id) throws IOException {
        StoredFile f = files.remove(id);
        if (f == null) {
            Replies.error(exchange, 404, "NOT_FOUND", "File files/" + id + " not found.");
            return;
        }
        Files.deleteIfExists(f.data);
        deletes.incrementAndGet();
        Replies.json(exchange, 200, "{}");
    }

    private static ObjectNode json(StoredFile f, String baseUrl) {
        ObjectNode node = JsonMapper.shared().createObjectNode()
                .put("name", "files/" + f.id).put("displayName", f.displayName).put("mimeType", f.mimeType)
                .put("sizeBytes", Long.toString(size(f.data))).put("createTime", f.created.toString())
                .put("updateTime", f.created.toString())
                .put("expirationTime", f.created.plusSeconds(48 * 3600).toString())
                .put("sha256Hash", f.sha256Base64).put("uri", baseUrl + "/v1beta/files/" + f.id)
                .put("state", f.state).put("source", "UPLOADED");
        if (f.state.equals("FAILED")) {
            node.putObject("error").put("code", 400).put("message", "The video could not be processed.");
        }
        return node;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] sha256(Path p) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
