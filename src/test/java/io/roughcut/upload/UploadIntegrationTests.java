package io.roughcut.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.storage.BlobStore;
import io.roughcut.web.Multipart;
import io.roughcut.web.RunningServer;
import io.roughcut.web.TestServer;
import io.roughcut.web.TestVideos;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The tus endpoint with a real tus client, its refusals, resume after interruptions, and the multipart route. */
class UploadIntegrationTests {

    // Explicitly no Gemini key, whatever the environment holds: only the local analyser is offered.
    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.gemini.api-key=");
    static TestServer server;
    static Path dir;
    static Path video;

    @BeforeAll
    static void start() {
        server = running.server();
        dir = running.dir();
        video = TestVideos.withOnePause(dir, 4);
    }

    private static HttpRequest.Builder tus(String session, String path) {
        return server.request(session, path).header("Tus-Resumable", "1.0.0");
    }

    private static String create(String session, long length, String name) throws Exception {
        HttpResponse<String> r = server.send(tus(session, "/api/uploads").header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + java.util.Base64.getEncoder().encodeToString(name.getBytes()))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void optionsAdvertisesTheExtensionsAndTheLimit() throws Exception {
        HttpResponse<String> r = server.send(server.request(null, "/api/uploads")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Tus-Max-Size")).contains(Long.toString(5L * 1024 * 1024 * 1024));
        assertThat(r.headers().firstValue("Tus-Extension").orElse(""))
                .contains("creation", "creation-with-upload", "termination", "expiration");
        assertThat(r.headers().firstValue("Tus-Resumable")).contains("1.0.0");
    }

    @Test
    void refusesWhatItCannotTake() throws Exception {
        String session = server.newSession();
        HttpResponse<String> big = server.send(tus(session, "/api/uploads").header("Upload-Length", Long.toString(6L << 30))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("\"error\"", "limit");

        HttpResponse<String> text = server.send(tus(session, "/api/uploads").header("Upload-Length", "10")
                .header("Upload-Metadata", "filename " + java.util.Base64.getEncoder().encodeToString("notes.txt".getBytes()))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(text.statusCode()).isEqualTo(415);

        HttpResponse<String> noVersion = server.send(server.request(session, "/api/uploads").header("Upload-Length", "10")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(noVersion.statusCode()).isEqualTo(412);

        String location = create(session, 10, "clip.mp4");
        HttpResponse<String> wrongOffset = server.send(tus(session, location).header("Upload-Offset", "5")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[5])).build());
        assertThat(wrongOffset.statusCode()).isEqualTo(409);
        assertThat(wrongOffset.body()).contains("Resume from 0");

        HttpResponse<String> pastEnd = server.send(tus(session, location).header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[11])).build());
        assertThat(pastEnd.statusCode()).isEqualTo(413);

        HttpResponse<String> wrongType = server.send(tus(session, location).header("Upload-Offset", "0")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(wrongType.statusCode()).isEqualTo(415);

        HttpResponse<String> badChecksum = server.send(tus(session, location).header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .header("Upload-Checksum", "sha1 " + java.util.Base64.getEncoder().encodeToString(new byte[20]))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[4])).build());
        assertThat(badChecksum.statusCode()).isEqualTo(460);
        assertThat(head(session, location).headers().firstValue("Upload-Offset")).contains("0");

        String other = server.newSession();
        assertThat(head(other, location).statusCode()).as("another session's upload").isEqualTo(404);

        // Ten bytes that are not a video: refused with the reason once complete, and nothing is kept.
        HttpResponse<String> notVideo = server.send(tus(session, location).header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray("0123456789".getBytes())).build());
        assertThat(notVideo.statusCode()).isIn(415, 422);
        assertThat(notVideo.body()).contains("video");
        assertThat(head(session, location).statusCode()).isEqualTo(404);

        String doomed = create(session, 100, "clip.mp4");
        assertThat(server.send(tus(session, doomed).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(head(session, doomed).statusCode()).isEqualTo(404);
    }

    @Test
    void anExpiredUploadIsGoneAndItsBytesAreRemoved() throws Exception {
        String session = server.newSession();
        String location = create(session, 100, "clip.mp4");
        server.send(tus(session, location).header("Upload-Offset", "0").header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[40])).build());
        String id = location.substring(location.lastIndexOf('/') + 1);
        var jdbc = server.bean(org.springframework.jdbc.core.simple.JdbcClient.class);
        // Fewer bytes than a part: they wait in the blob store as the upload's tail.
        String tail = jdbc.sql("SELECT tail_key FROM uploads WHERE id = ?").param(java.util.UUID.fromString(id))
                .query(String.class).single();
        BlobStore blobs = server.bean(BlobStore.class);
        assertThat(blobs.size(tail)).hasValue(40);
        try (var staged = java.nio.file.Files.walk(running.data().resolve("uploads"))) {
            assertThat(staged.filter(java.nio.file.Files::isRegularFile).toList())
                    .as("nothing stays staged once the request ended").isEmpty();
        }
        jdbc.sql("UPDATE uploads SET expires_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1), java.util.UUID.fromString(id))
                .update();
        assertThat(head(session, location).statusCode()).isEqualTo(404);
        // The multipart route's directory is old, but it is not an abandoned staging file.
        java.nio.file.Path multipart = running.data().resolve("uploads").resolve("multipart");
        java.nio.file.Files.setLastModifiedTime(multipart, java.nio.file.attribute.FileTime.fromMillis(0));
        server.bean(TusUploads.class).removeExpired();
        assertThat(blobs.size(tail)).isEmpty();
        assertThat(multipart).isDirectory();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM uploads WHERE id = ?").param(java.util.UUID.fromString(id))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void withoutAGeminiKeyOnlyLocalIsOfferedAndGeminiOrHybridIsRefusedAtCreation() throws Exception {
        JsonNode config = server.getJson(null, "/api/config");
        assertThat(config.path("analyzers").size()).isEqualTo(1);
        assertThat(config.path("analyzers").get(0).path("id").asString()).isEqualTo("local");
        assertThat(config.path("defaultAnalyzer").asString()).isEqualTo("local");

        String session = server.newSession();
        byte[] bytes = Files.readAllBytes(video);
        HttpResponse<String> r = server.send(tus(session, "/api/uploads").header("Upload-Length", Long.toString(bytes.length))
                .header("Upload-Metadata", "filename " + b64("talk.mp4") + ",analyzer " + b64("gemini"))
                .header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Upload-Metadata \\\"analyzer\\\"", "gemini", "no Gemini API key", "GEMINI_API_KEY");
        HttpResponse<String> form = server.send(Multipart.file("file", "talk.mp4", bytes, Map.of("analyzer", "hybrid"))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("Form field \\\"analyzer\\\"", "hybrid", "no Gemini API key");
        // Nothing was stored: no upload row, no staged bytes, no job.
        String sessionId = server.getJson(session, "/api/sessions/current").path("id").asString();
        assertThat(server.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM uploads WHERE session_id = ?").param(java.util.UUID.fromString(sessionId))
                .query(Long.class).single()).isZero();
        assertThat(server.getJson(session, "/api/sessions/current/videos").findValues("jobId")).isEmpty();

        // Naming local explicitly, or nothing, is fine.
        HttpResponse<String> local = server.send(Multipart.file("file", "talk.mp4", bytes, Map.of("analyzer", "local"))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(local.statusCode()).as(local.body()).isEqualTo(200);
    }

    /** A setting out of its range, and what the refusal must say: the field, as sent, and what it takes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "minPauseSeconds | 0.1      | must be from 0.3 to 30 seconds, not 0.1.",
            "minPauseSeconds | 31       | must be from 0.3 to 30 seconds, not 31.",
            "minPauseSeconds | a second | must be a number of seconds, such as 1.5, not \"a second\".",
            "minPauseSeconds | NaN      | must be a number of seconds",
            "marginSeconds   | 0.5      | must be from 0 seconds to less than half the shortest pause (1 s), not 0.5.",
            "marginSeconds   | -0.1     | must be from 0 seconds to less than half the shortest pause (1 s), not -0.1.",
            "pictureChecks   | slides   | must be one of auto, camera, off, not \"slides\"."})
    void anAnalysisSettingOutOfItsRangeIsRefusedOnBothRoutesNamingTheFieldAndTheRange(String field, String value,
                                                                                      String says) throws Exception {
        String session = server.newSession();
        byte[] bytes = Files.readAllBytes(video);
        HttpResponse<String> r = server.send(tus(session, "/api/uploads").header("Upload-Length", Long.toString(bytes.length))
                .header("Upload-Metadata", "filename " + b64("talk.mp4") + "," + field + " " + b64(value))
                .header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode tusError = TestServer.JSON.readTree(r.body());
        assertThat(tusError.path("error").asString()).isEqualTo("invalid_settings");
        assertThat(tusError.path("message").asString()).startsWith("Upload-Metadata \"" + field + "\" " + says);

        HttpResponse<String> form = server.send(Multipart.file("file", "talk.mp4", bytes, Map.of(field, value))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
        JsonNode formError = TestServer.JSON.readTree(form.body());
        assertThat(formError.path("error").asString()).isEqualTo("invalid_settings");
        assertThat(formError.path("message").asString()).startsWith("Form field \"" + field + "\" " + says);

        // Nothing was stored: no upload row and no job.
        String sessionId = server.getJson(session, "/api/sessions/current").path("id").asString();
        assertThat(server.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM uploads WHERE session_id = ?").param(java.util.UUID.fromString(sessionId))
                .query(Long.class).single()).isZero();
        assertThat(server.getJson(session, "/api/sessions/current/videos").findValues("jobId")).isEmpty();
    }

    @Test
    void theSettingsAnUploadChoosesAreTheJobsAndItsAnalysisUsesThem() throws Exception {
        JsonNode offer = server.getJson(null, "/api/config").path("settings");
        assertThat(offer.path("minPauseSeconds").path("defaultValue").asDouble()).isEqualTo(1.0);
        assertThat(offer.path("minPauseSeconds").path("minimum").asDouble()).isEqualTo(0.3);
        assertThat(offer.path("minPauseSeconds").path("maximum").asDouble()).isEqualTo(30.0);
        assertThat(offer.path("marginSeconds").path("defaultValue").asDouble()).isEqualTo(0.2);
        assertThat(offer.path("pictureChecks").path("defaultValue").asString()).isEqualTo("auto");
        assertThat(offer.path("pictureChecks").path("modes").valueStream().map(JsonNode::asString))
                .containsExactly("auto", "camera", "off");

        // The video's one pause lasts 1.5 s: a shortest pause of 2.5 s finds none, the default finds it.
        String session = server.newSession();
        byte[] bytes = Files.readAllBytes(video);
        HttpResponse<String> r = server.send(tus(session, "/api/uploads").header("Upload-Length", Long.toString(bytes.length))
                .header("Upload-Metadata", "filename " + b64("talk.mp4") + ",minPauseSeconds " + b64("2.5")
                        + ",marginSeconds " + b64("0.3") + ",pictureChecks " + b64("off"))
                .header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String byTus = r.headers().firstValue("Roughcut-Job-Id").orElseThrow();
        HttpResponse<String> form = server.send(Multipart.file("file", "talk.mp4", bytes,
                Map.of("minPauseSeconds", "1.2", "pictureChecks", "CAMERA")).post(server.request(session, "/api/videos/upload")).build());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        String byForm = TestServer.JSON.readTree(form.body()).path("jobId").asString();
        HttpResponse<String> plain = server.send(Multipart.file("file", "talk.mp4", bytes)
                .post(server.request(session, "/api/videos/upload")).build());
        String byDefault = TestServer.JSON.readTree(plain.body()).path("jobId").asString();

        JsonNode tusJob = server.awaitFinished(session, byTus, java.time.Duration.ofMinutes(1));
        assertThat(tusJob.path("options").path("minPauseSeconds").asDouble()).isEqualTo(2.5);
        assertThat(tusJob.path("options").path("marginSeconds").asDouble()).isEqualTo(0.3);
        assertThat(tusJob.path("options").path("pictureChecks").asString()).isEqualTo("off");
        JsonNode formJob = server.awaitFinished(session, byForm, java.time.Duration.ofMinutes(1));
        assertThat(formJob.path("options").path("minPauseSeconds").asDouble()).isEqualTo(1.2);
        assertThat(formJob.path("options").path("marginSeconds").asDouble()).as("the default").isEqualTo(0.2);
        assertThat(formJob.path("options").path("pictureChecks").asString()).isEqualTo("camera");
        JsonNode defaultJob = server.awaitFinished(session, byDefault, java.time.Duration.ofMinutes(1));
        assertThat(defaultJob.path("options").path("minPauseSeconds").asDouble()).isEqualTo(1.0);
        assertThat(defaultJob.path("options").path("pictureChecks").asString()).isEqualTo("auto");

        assertThat(pauses(session, byTus)).isZero();
        assertThat(pauses(session, byForm)).isEqualTo(1);
        assertThat(pauses(session, byDefault)).isEqualTo(1);
        // Each result names the picture-checks mode that ran.
        for (Map.Entry<String, String> job : Map.of(byTus, "off", byForm, "camera", byDefault, "auto").entrySet()) {
            assertThat(server.getJson(session, "/api/videos/" + job.getKey() + "/results").path("source")
                    .path("pictureChecks").asString()).isEqualTo(job.getValue());
        }
    }

    private static long pauses(String session, String jobId) throws Exception {
        return server.getJson(session, "/api/videos/" + jobId + "/results").path("segmentsToRemove").valueStream()
                .filter(c -> c.path("category").asString().equals("pause")).count();
    }

    private static String b64(String value) {
        return java.util.Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRealTusClientUploadsAndResumesAfterItStopped() throws Exception {
        String session = server.newSession();
        TusClient client = client(session);
        client.enableResuming(new TusURLMemoryStore());
        TusUpload upload = new TusUpload(video.toFile());
        upload.setFingerprint("resume-test");
        TusUploader first = client.resumeOrCreateUpload(upload);
        first.setChunkSize(4096);
        first.setRequestPayloadSize(8192);
        first.uploadChunk();
        first.uploadChunk();
        first.finish();
        assertThat(first.getOffset()).isEqualTo(8192);

        // A new client, as after a reload, resumes from the offset the server reports.
        TusClient again = client(session);
        again.enableResuming(storeWith(client, upload));
        TusUpload sameFile = new TusUpload(video.toFile());
        sameFile.setFingerprint("resume-test");
        TusUploader second = again.resumeOrCreateUpload(sameFile);
        assertThat(second.getOffset()).isEqualTo(8192);
        while (second.uploadChunk() > -1) {
            // keep sending
        }
        second.finish();
        assertThat(storedSha256(session, second.getUploadURL())).isEqualTo(sha256(video));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000, 20_000, 65_537})
    void anUploadCutOffMidRequestResumesFromWhatArrived(int cutAt) throws Exception {
        String session = server.newSession();
        byte[] bytes = Files.readAllBytes(video);
        String location = create(session, bytes.length, "talk.mp4");
        // Declare the whole file, send only the first cutAt bytes, then drop the connection.
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + location + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\n"
                    + "X-Session-Id: " + session + "\r\nUpload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, cutAt);
            out.flush();
        }
        long offset = awaitOffset(session, location, cutAt);
        assertThat(offset).isEqualTo(cutAt);

        TusClient client = client(session);
        TusUpload upload = new TusUpload(video.toFile());
        TusUploader uploader = client.beginOrResumeUploadFromURL(upload, new URL(server.url(location)));
        assertThat(uploader.getOffset()).isEqualTo(cutAt);
        while (uploader.uploadChunk() > -1) {
            // keep sending
        }
        uploader.finish();
        assertThat(storedSha256(session, uploader.getUploadURL())).isEqualTo(sha256(video));
    }

    @Test
    void theMultipartRouteStreamsAFileIntoAJob() throws Exception {
        String session = server.newSession();
        HttpResponse<String> r = server.send(Multipart.file("file", "../../etc/talk.mp4", Files.readAllBytes(video))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String jobId = TestServer.JSON.readTree(r.body()).path("jobId").asString();
        var status = server.getJson(session, "/api/videos/" + jobId + "/status");
        assertThat(status.path("fileName").asString()).isEqualTo("talk.mp4");

        HttpResponse<String> missing = server.send(Multipart.file("other", "talk.mp4", Files.readAllBytes(video))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("file");

        HttpResponse<String> notVideo = server.send(Multipart.file("file", "talk.mp4",
                "this is not a video".getBytes(StandardCharsets.UTF_8)).post(server.request(session, "/api/videos/upload")).build());
        assertThat(notVideo.statusCode()).isIn(415, 422);
        assertThat(TestServer.JSON.readTree(notVideo.body()).path("message").asString()).contains("video");
    }

    private static TusClient client(String session) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(server.url("/api/uploads")));
        client.setHeaders(Map.of("X-Session-Id", session));
        return client;
    }

    private static TusURLMemoryStore storeWith(TusClient from, TusUpload upload) {
        TusURLMemoryStore store = new TusURLMemoryStore();
        // The first client's store kept the upload URL under the fingerprint; a browser keeps it in localStorage.
        try {
            var field = TusClient.class.getDeclaredField("urlStore");
            field.setAccessible(true);
            store.set(upload.getFingerprint(), ((TusURLMemoryStore) field.get(from)).get(upload.getFingerprint()));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return store;
    }

    private static HttpResponse<String> head(String session, String location) throws Exception {
        return server.send(tus(session, location).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static long awaitOffset(String session, String location, long expected) throws Exception {
        long offset = -1;
        for (int i = 0; i < 100 && offset != expected; i++) {
            HttpResponse<String> h = head(session, location);
            offset = Long.parseLong(h.headers().firstValue("Upload-Offset").orElse("-1"));
            if (offset != expected) {
                Thread.sleep(50);
            }
        }
        return offset;
    }

    private static String storedSha256(String session, URL uploadUrl) throws Exception {
        HttpResponse<String> h = head(session, URI.create(uploadUrl.toString()).getPath());
        String jobId = h.headers().firstValue("Roughcut-Job-Id").orElseThrow();
        try (InputStream in = server.bean(BlobStore.class).get("uploads/" + jobId + "/original", 0, Long.MAX_VALUE)) {
            return sha256(in.readAllBytes());
        }
    }

    private static String sha256(Path file) throws Exception {
        return sha256(Files.readAllBytes(file));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
