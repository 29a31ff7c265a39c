package io.roughcut.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.session.SessionCleanup;
import io.roughcut.session.SessionTokens;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.S3Server;
import io.roughcut.testing.ApiClient;
import io.roughcut.web.TestServer;
import io.roughcut.web.TestVideos;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The service on an S3 bucket (S3Proxy): tus uploads land in the bucket as multipart writes, resume after a
 * broken request whether the bytes made a part or a tail, are never written by two requests at once, and go
 * away with their job and session; the player reads through a presigned link.
 */
class BucketUploadIntegrationTests {

    private static final String BUCKET = "uploads-test";
    private static final int MIB = 1024 * 1024;

    @TempDir
    static Path dir;
    static S3Server s3;
    static TestServer server;
    static BlobStore blobs;

    @BeforeAll
    static void start() {
        s3 = S3Server.start(dir.resolve("bucket"), BUCKET);
        startServer();
    }

    private static void startServer() {
        List<String> properties = new ArrayList<>(List.of(s3.properties(BUCKET)));
        properties.add("roughcut.upload.part-size=5MB");
        server = TestServer.start(dir.resolve("data"), properties.toArray(String[]::new));
        blobs = server.bean(BlobStore.class);
    }

    @Test
    void anUploadResumesAfterTheApiProcessRestarts() throws Exception {
        String session = server.newSession();
        byte[] bytes = random(11 * MIB + 333);
        Path file = Files.write(dir.resolve("restart.mp4"), bytes);
        String location = create(session, bytes.length);
        // A part and a tail, both in the bucket, before the process goes away.
        assertThat(patch(session, location, 0, java.util.Arrays.copyOf(bytes, 6 * MIB)).statusCode()).isEqualTo(204);
        assertThat(patch(session, location, 6 * MIB, java.util.Arrays.copyOfRange(bytes, 6 * MIB, 7 * MIB)).statusCode())
                .isEqualTo(204);
        server.close();
        startServer();

        assertThat(head(session, location).headers().firstValue("Upload-Offset")).contains(Integer.toString(7 * MIB));
        TusUploader uploader = client(session).beginOrResumeUploadFromURL(new TusUpload(file.toFile()),
                new URL(server.url(location)));
        assertThat(uploader.getOffset()).isEqualTo(7 * MIB);
        uploader.setChunkSize(256 * 1024);
        while (uploader.uploadChunk() > -1) {
            // keep sending
        }
        uploader.finish();
        String jobId = head(session, location).headers().firstValue("Roughcut-Job-Id").orElseThrow();
        assertThat(storedSha256("uploads/" + jobId + "/original")).isEqualTo(sha256(bytes));
    }

    @AfterAll
    static void stop() {
        server.close();
        s3.close();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String storedSha256(String key) throws Exception {
        try (InputStream in = blobs.get(key, 0, blobs.size(key).orElseThrow())) {
            return sha256(in.readAllBytes());
        }
    }

    private static TusClient client(String session) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(server.url("/api/uploads")));
        client.setHeaders(Map.of("X-Session-Id", session));
        return client;
    }

    private static String create(String session, long length) throws Exception {
        HttpResponse<String> r = server.send(server.request(session, "/api/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + java.util.Base64.getEncoder().encodeToString("clip.mp4".getBytes()))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> head(String session, String location) throws Exception {
        return server.send(server.request(session, location).header("Tus-Resumable", "1.0.0")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpResponse<String> patch(String session, String location, long offset, byte[] body) throws Exception {
        return server.send(server.request(session, location).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", Long.toString(offset)).header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void anUploadOfManyPartsIsStoredWholeAndAFileThatIsNoVideoFailsItsJobWithTheReason() throws Exception {
        String session = server.newSession();
        byte[] bytes = random(17 * MIB + 12345);
        Path file = Files.write(dir.resolve("noise.mp4"), bytes);
        TusUploader uploader = client(session).createUpload(new TusUpload(file.toFile()));
        uploader.setChunkSize(256 * 1024);
        // 3 MiB requests: each is shorter than a part, so parts are made from one request's bytes and the tail
        // the one before it left in the bucket.
        uploader.setRequestPayloadSize(3 * MIB);
        while (uploader.uploadChunk() > -1) {
            // keep sending
        }
        uploader.finish();
        String jobId = head(session, uploader.getUploadURL().getPath()).headers().firstValue("Roughcut-Job-Id").orElseThrow();
        assertThat(storedSha256("uploads/" + jobId + "/original")).isEqualTo(sha256(bytes));
        int parts = server.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM upload_parts WHERE upload_id = ?")
                .param(UUID.fromString(jobId)).query(Integer.class).single();
        assertThat(parts).as("written in parts of at least 5 MiB").isBetween(2, 4);
        assertThat(blobs.size("uploads/" + jobId + "/original")).hasValue(bytes.length);

        // The bucket is not on this host, so the file is probed where it is fetched: by the prepare task.
        JsonNode status = server.awaitFinished(session, jobId, Duration.ofSeconds(60));
        assertThat(status.path("status").asString()).isEqualTo("failed");
        assertThat(status.path("error").asString()).contains("noise").doesNotContain("uploads/");
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 6 * MIB + 7})
    void anUploadCutOffMidRequestResumesFromWhatArrivedWhetherItMadeAPartOrATail(int cutAt) throws Exception {
        String session = server.newSession();
        Path video = TestVideos.withOnePause(dir, 4);
        byte[] head = Files.readAllBytes(video);
        // A real video padded to 8 MiB with a free box, so one request can break after more than a part.
        byte[] bytes = padded(head, 8 * MIB);
        String location = create(session, bytes.length);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + location + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\n"
                    + "X-Session-Id: " + session + "\r\nUpload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, cutAt);
            out.flush();
        }
        long offset = -1;
        for (int i = 0; i < 200 && offset != cutAt; i++) {
            offset = Long.parseLong(head(session, location).headers().firstValue("Upload-Offset").orElse("-1"));
            Thread.sleep(50);
        }
        assertThat(offset).isEqualTo(cutAt);

        Path file = Files.write(dir.resolve("padded-" + cutAt + ".mp4"), bytes);
        TusUploader uploader = client(session).beginOrResumeUploadFromURL(new TusUpload(file.toFile()),
                new URL(server.url(location)));
        assertThat(uploader.getOffset()).isEqualTo(cutAt);
        uploader.setChunkSize(256 * 1024);
        while (uploader.uploadChunk() > -1) {
            // keep sending
        }
        uploader.finish();
        String jobId = head(session, location).headers().firstValue("Roughcut-Job-Id").orElseThrow();
        assertThat(storedSha256("uploads/" + jobId + "/original")).isEqualTo(sha256(bytes));
        assertThat(server.awaitFinished(session, jobId, Duration.ofSeconds(60)).path("status").asString()).isEqualTo("complete");
    }

    @Test
    void twoRequestsForTheSameOffsetNeverBothWrite() throws Exception {
        String session = server.newSession();
        int size = 6 * MIB;
        String location = create(session, 2L * size);
        byte[] first = random(size);
        byte[] second = random(size + 1);
        List<HttpResponse<String>> answers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> racing = new ArrayList<>();
            for (byte[] body : List.of(first, java.util.Arrays.copyOf(second, size))) {
                racing.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    go.await();
                    return patch(session, location, 0, body);
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> f : racing) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> codes = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(codes).as("one writes, the other is turned away").hasSize(2).contains(204)
                .satisfies(c -> assertThat(c.get(1)).isIn(409, 423));
        assertThat(head(session, location).headers().firstValue("Upload-Offset")).contains(Integer.toString(size));
    }

    @Test
    void thePlayerReadsFromTheBucketAndDeletingTheJobOrItsSessionEmptiesIt() throws Exception {
        String session = server.newSession();
        Path video = TestVideos.withOnePause(dir, 4);
        ApiClient api = new ApiClient(URI.create(server.url("/")));
        String jobId = api.uploadTus(session, video, 64 * 1024);
        assertThat(server.awaitFinished(session, jobId, Duration.ofSeconds(60)).path("status").asString()).isEqualTo("complete");
        HttpResponse<String> media = api.get(session, "/api/videos/" + jobId + "/media");
        assertThat(media.statusCode()).isEqualTo(302);
        HttpResponse<byte[]> ranged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(media.headers().firstValue("Location").orElseThrow())).header("Range", "bytes=4-11").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ranged.statusCode()).isEqualTo(206);
        assertThat(new String(ranged.body(), StandardCharsets.ISO_8859_1)).isEqualTo("ftypisom");
        assertThat(blobs.size("jobs/" + jobId + "/chunks/000.mp4")).as("the chunks stay for a re-analysis, until the job goes")
                .isPresent();

        assertThat(server.send(server.request(session, "/api/videos/" + jobId).DELETE().build()).statusCode()).isIn(200, 204);
        assertThat(objects("uploads/" + jobId + "/")).isZero();
        assertThat(objects("jobs/" + jobId + "/")).isZero();

        String other = api.upload(session, video);
        server.awaitFinished(session, other, Duration.ofSeconds(60));
        assertThat(objects("uploads/" + other + "/")).isPositive();
        server.bean(JdbcClient.class).sql("UPDATE sessions SET expires_at = ? WHERE token_hash = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), SessionTokens.hash(session)).update();
        assertThat(server.bean(SessionCleanup.class).cleanUp()).isGreaterThanOrEqualTo(1);
        assertThat(objects("uploads/" + other + "/")).isZero();
        assertThat(objects("jobs/" + other + "/")).isZero();
    }

    /** How many objects the bucket holds under {@code prefix}, listed with S3's own API. */
    private static int objects(String prefix) {
        try (var s3client = software.amazon.awssdk.services.s3.S3Client.builder().endpointOverride(s3.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY)))
                .build()) {
            return s3client.listObjectsV2(b -> b.bucket(BUCKET).prefix(prefix)).keyCount();
        }
    }

    /** The video followed by a top-level MP4 {@code free} box, which players skip, to make it {@code size} bytes. */
    private static byte[] padded(byte[] video, int size) {
        byte[] out = java.util.Arrays.copyOf(video, size);
        int box = size - video.length;
        java.nio.ByteBuffer.wrap(out, video.length, 8).putInt(box).put("free".getBytes(StandardCharsets.US_ASCII));
        return out;
    }
}
