package io.roughcut.upload;

import io.roughcut.analysis.AnalysisOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.pipeline.JobState;
import io.roughcut.session.SessionTokens;
import io.roughcut.storage.SimulatedDisk;
import io.roughcut.web.Multipart;
import io.roughcut.web.RunningServer;
import io.roughcut.web.TestServer;
import io.roughcut.web.TestVideos;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The limits an upload meets before a byte is written: an empty file, the session's quota and jobs under way,
 * and the free disk (simulated), which also leaves an upload that it stops resumable. And file names that
 * used to break things.
 */
class UploadLimitsIntegrationTests {

    static final long QUOTA = 400_000;
    static final long RESERVE = 1 << 20;
    static final String OPERATOR = "limits-test-token";

    @RegisterExtension
    static final RunningServer running = new RunningServer(SimulatedDisk.SOURCE, "roughcut.gemini.api-key=",
            "roughcut.upload.session-quota=" + QUOTA + "B", "roughcut.upload.max-jobs-under-way=2",
            "roughcut.storage.disk-reserve=" + RESERVE + "B", "roughcut.management.token=" + OPERATOR);
    static TestServer server;
    static Path video;
    static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        server = running.server();
        video = TestVideos.withOnePause(running.dir(), 4);
        jdbc = server.bean(JdbcClient.class);
    }

    @AfterEach
    void plentyOfRoomAgain() {
        SimulatedDisk.reset();
    }

    @Test
    void anEmptyFileIsRefusedOnBothRoutesAndNothingIsStored() throws Exception {
        String session = server.newSession();
        HttpResponse<String> tus = create(session, 0, "talk.mp4");
        assertThat(tus.statusCode()).isEqualTo(400);
        assertThat(message(tus)).contains("empty");
        HttpResponse<String> form = server.send(Multipart.file("file", "talk.mp4", new byte[0])
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(message(form)).contains("empty");
        assertThat(uploadRows(session)).isZero();
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void aSessionOverItsQuotaIsRefusedBeforeAnyByte() throws Exception {
        String session = server.newSession();
        HttpResponse<String> tooMuch = create(session, QUOTA + 1, "talk.mp4");
        assertThat(tooMuch.statusCode()).isEqualTo(413);
        JsonNode body = TestServer.JSON.readTree(tooMuch.body());
        assertThat(body.path("error").asString()).isEqualTo("quota_exceeded");
        assertThat(body.path("message").asString()).contains("quota", "Delete videos");
        assertThat(uploadRows(session)).isZero();

        // Unfinished uploads count: two that fit alone do not fit together.
        assertThat(create(session, QUOTA / 2, "one.mp4").statusCode()).isEqualTo(201);
        assertThat(create(session, QUOTA / 2 + 10, "two.mp4").statusCode()).isEqualTo(413);
        // The multipart route is refused from its declared length, before the body is read: it is never sent.
        assertThat(rawMultipart(session, QUOTA * 10)).startsWith("HTTP/1.1 413").contains("quota_exceeded");
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void aSessionWithAsManyJobsUnderWayAsItMayWaits() throws Exception {
        String session = server.newSession();
        UUID sessionId = jdbc.sql("SELECT id FROM sessions WHERE token_hash = ?").param(SessionTokens.hash(session))
                .query(UUID.class).single();
        // Two jobs no worker touches; they would hold the pipeline's own job slots, so they go again at the end.
        JobRepository jobs = server.bean(JobRepository.class);
        java.util.List<UUID> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Job job = new Job(UUID.randomUUID(), sessionId, null, JobState.ANALYZING, 10, "local", "earlier.mp4", 10,
                        "mp4", "as-is", 6.0, "uploads/none/original", null, null, null, null, null, null, null,
                        OffsetDateTime.now(ZoneOffset.UTC), null, null, AnalysisOptions.DEFAULT);
                jobs.insert(job);
                held.add(job.id());
            }
            HttpResponse<String> third = create(session, 1000, "talk.mp4");
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(TestServer.JSON.readTree(third.body()).path("error").asString()).isEqualTo("too_many_jobs");
            assertThat(message(third)).contains("2 videos being analysed");
            assertThat(rawMultipart(session, 1000)).startsWith("HTTP/1.1 429");
            assertThat(create(server.newSession(), 1000, "talk.mp4").statusCode()).as("another session").isEqualTo(201);
        } finally {
            held.forEach(jobs::delete);
        }
    }

    @Test
    void aFullDiskRefusesNewUploadsWith507AndStopsOneMidWayResumably() throws Exception {
        String session = server.newSession();
        byte[] bytes = Files.readAllBytes(video);
        int half = bytes.length / 2;
        String location = create(session, bytes.length, "talk.mp4").headers().firstValue("Location").orElseThrow();
        assertThat(patch(session, location, 0, Arrays.copyOfRange(bytes, 0, half)).statusCode()).isEqualTo(204);

        // The disk fills up (other uploads, other programs): into the reserve.
        SimulatedDisk.setFree(RESERVE / 2);
        HttpResponse<String> rest = patch(session, location, half, Arrays.copyOfRange(bytes, half, bytes.length));
        assertThat(rest.statusCode()).isEqualTo(507);
        assertThat(TestServer.JSON.readTree(rest.body()).path("error").asString()).isEqualTo("disk_full");
        assertThat(message(rest)).contains("talk.mp4", "kept", "resume");
        assertThat(head(session, location).headers().firstValue("Upload-Offset")).contains(Integer.toString(half));
        HttpResponse<String> newOne = create(session, 1000, "other.mp4");
        assertThat(newOne.statusCode()).isEqualTo(507);
        assertThat(rawMultipart(session, 1000)).startsWith("HTTP/1.1 507");
        // Health says so, and only the operator sees why.
        HttpResponse<String> health = server.get(null, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(TestServer.JSON.readTree(health.body()).path("status").asString()).isEqualTo("DOWN");
        JsonNode details = TestServer.JSON.readTree(server.send(server.request(null, "/actuator/health")
                .header("Authorization", "Bearer " + OPERATOR).GET().build()).body());
        assertThat(details.path("components").path("dataDisk").path("status").asString()).isEqualTo("DOWN");
        // Nothing else broke: the API still answers.
        assertThat(server.get(session, "/api/sessions/current/videos").statusCode()).isEqualTo(200);

        // Space is back: the upload goes on from where it stopped and becomes a job.
        SimulatedDisk.reset();
        HttpResponse<String> resumed = patch(session, location, half, Arrays.copyOfRange(bytes, half, bytes.length));
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(204);
        String jobId = resumed.headers().firstValue("Roughcut-Job-Id").orElseThrow();
        assertThat(server.awaitFinished(session, jobId, Duration.ofSeconds(90)).path("status").asString())
                .isEqualTo("complete");
        assertThat(server.get(null, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aJobThatFindsNoRoomToPrepareFailsSayingSoAndLeavesNoWorkFiles() throws Exception {
        String session = server.newSession();
        byte[] bytes = Files.readAllBytes(video);
        // Room for the upload, not for its MP4 version and chunks on top. The other tests' unfinished uploads go
        // first: the room they still need would count against this one.
        jdbc.sql("DELETE FROM uploads WHERE job_id IS NULL").update();
        SimulatedDisk.setFree(RESERVE + bytes.length + bytes.length / 2);
        HttpResponse<String> created = server.send(server.request(session, "/api/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(bytes.length))
                .header("Upload-Metadata", "filename " + b64("tight.mp4"))
                .header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String jobId = created.headers().firstValue("Roughcut-Job-Id").orElseThrow();
        JsonNode status = server.awaitFinished(session, jobId, Duration.ofSeconds(60));
        assertThat(status.path("status").asString()).isEqualTo("failed");
        assertThat(status.path("error").asString()).contains("disk", "tight.mp4");
        assertThat(running.data().resolve("work").resolve(jobId)).doesNotExist();
    }

    @Test
    void fileNamesAreCutBetweenCharactersAndDownloadsCarryTheWholeName() throws Exception {
        String session = server.newSession();
        String emoji = "🎬".repeat(150) + ".mp4";
        byte[] bytes = Files.readAllBytes(video);
        HttpResponse<String> created = server.send(server.request(session, "/api/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(bytes.length)).header("Upload-Metadata", "filename " + b64(emoji))
                .header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String jobId = created.headers().firstValue("Roughcut-Job-Id").orElseThrow();
        JsonNode status = server.awaitFinished(session, jobId, Duration.ofSeconds(90));
        String name = status.path("fileName").asString();
        assertThat(name).endsWith(".mp4").hasSizeLessThanOrEqualTo(200).startsWith("🎬🎬");
        assertThat(name.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).as("no half emoji").isZero();
        assertThat(name.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE)).isEmpty();
        assertThat(name.replace(".mp4", "")).matches("(🎬)+");
        for (String format : new String[] {"csv", "edl", "json"}) {
            HttpResponse<String> export = server.get(session, "/api/export/" + jobId + "/" + format);
            assertThat(export.statusCode()).as(format).isEqualTo(200);
            String disposition = export.headers().firstValue("Content-Disposition").orElseThrow();
            assertThat(disposition).startsWith("attachment; filename=\"").contains("filename*=UTF-8''%F0%9F%8E%AC")
                    .endsWith("%F0%9F%8E%AC." + format); // the whole name, then the format's extension (issue 9)
        }

        HttpResponse<String> longExtension = create(session, 1000, "x." + "a".repeat(250));
        assertThat(longExtension.statusCode()).isEqualTo(415);
        assertThat(message(longExtension)).contains("extension").doesNotContain("aaaaaaaaaaaa");
        // A long name in a multipart part is cut, not mistaken for a file over the size limit.
        HttpResponse<String> longForm = server.send(Multipart.file("file", "talk " + "y".repeat(600) + ".mp4", bytes)
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(longForm.statusCode()).as(longForm.body()).isEqualTo(200);
        assertThat(TestServer.JSON.readTree(longForm.body()).path("fileName").asString()).hasSizeLessThanOrEqualTo(200)
                .endsWith(".mp4");
    }

    private static HttpResponse<String> create(String session, long length, String name) throws Exception {
        return server.send(server.request(session, "/api/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(length)).header("Upload-Metadata", "filename " + b64(name))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpResponse<String> patch(String session, String location, long offset, byte[] bytes) throws Exception {
        return server.send(server.request(session, location).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", Long.toString(offset)).header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static HttpResponse<String> head(String session, String location) throws Exception {
        return server.send(server.request(session, location).header("Tus-Resumable", "1.0.0")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Declares a multipart body of {@code length} bytes, sends none of it, and returns the answer. */
    private static String rawMultipart(String session, long length) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/videos/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Session-Id: " + session
                    + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The answer comes before any of the body is read; the server may then wait for the body, so read
            // the answer by its length rather than to the end of the stream.
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            int bodyLength = 0;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    bodyLength = Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            return head + new String(in.readNBytes(bodyLength), StandardCharsets.UTF_8);
        }
    }

    private static long uploadRows(String session) {
        return jdbc.sql("SELECT COUNT(*) FROM uploads u JOIN sessions s ON s.id = u.session_id WHERE s.token_hash = ?")
                .param(SessionTokens.hash(session)).query(Long.class).single();
    }

    private static java.util.List<Path> stagedFiles() throws Exception {
        Path multipart = running.data().resolve("uploads").resolve("multipart");
        try (Stream<Path> files = Files.list(multipart)) {
            return files.toList();
        }
    }

    private static String message(HttpResponse<String> response) {
        return TestServer.JSON.readTree(response.body()).path("message").asString();
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
