package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * One error shape everywhere, whoever answers (a controller, a filter, Tomcat itself): {error, message, status}
 * as UTF-8 JSON, with the security headers; messages that name the person's file and never a server path or a
 * Java class; and a failure on the server that says so, with a reference the log has too.
 */
class ErrorAnswersIntegrationTests {

    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.gemini.api-key=");
    static TestServer server;
    static String session;

    @BeforeAll
    static void start() throws Exception {
        server = running.server();
        session = server.newSession();
    }

    @Test
    void everyKindOfErrorHasTheOneShape() throws Exception {
        assertError(server.get(session, "/api/nothing-here"), 404, "not_found");
        assertError(server.get(null, "/nothing-here"), 404, "not_found");
        HttpResponse<String> page = server.send(server.request(null, "/nothing-here")
                .header("Accept", "text/html,application/xhtml+xml").GET().build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertError(server.get(null, "/api/nothing-here"), 401, "no_session");
        HttpResponse<String> method = server.send(server.request(session, "/api/config")
                .DELETE().build());
        assertError(method, 405, "method_not_allowed");
        assertThat(method.headers().firstValue("Allow")).contains("GET");
        assertError(server.get(session, "/api/videos/not-a-uuid/status"), 404, "not_found");
        assertError(server.send(server.request(session, "/api/videos/00000000-0000-4000-8000-000000000000/segments/s-1")
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{nope"))
                .build()), 400, "bad_request");
        assertError(server.send(server.request(session, "/api/uploads").header("Upload-Length", "10")
                .POST(HttpRequest.BodyPublishers.noBody()).build()), 412, "tus_version");
    }

    @Test
    void tomcatsOwnErrorsAreJsonToo() throws Exception {
        // An encoded slash and oversized headers never reach a servlet: Tomcat answers them itself.
        String slash = raw("GET /api/videos/a%2Fb/status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(slash).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/json")
                .containsIgnoringCase("x-content-type-options: nosniff").contains("\"status\":400", "\"error\":\"bad_request\"")
                .doesNotContain("<html");
        String huge = raw("GET /api/config HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(huge).startsWith("HTTP/1.1 400").contains("\"status\":400").doesNotContain("<html");
    }

    @Test
    void bodiesAreBounded() throws Exception {
        String path = "/api/videos/00000000-0000-4000-8000-000000000000/segments/s-1";
        String big = "{\"decision\":\"rejected\",\"pad\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}";
        assertError(server.send(server.request(session, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(big)).build()), 413, "too_large");
        // Chunked, so without a length to refuse up front: refused once it passes the limit.
        HttpResponse<String> chunked = server.send(server.request(session, path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build());
        assertError(chunked, 413, "too_large");
    }

    @Test
    void aRangeOutsideTheVideoIsJsonWithItsLength() throws Exception {
        Path video = TestVideos.withOnePause(running.dir(), 4);
        String jobId = server.upload(session, video);
        HttpResponse<String> range = server.send(server.request(session, "/api/videos/" + jobId + "/media")
                .header("Range", "bytes=99999999-").GET().build());
        assertError(range, 416, "range_not_satisfiable");
        assertThat(range.headers().firstValue("Content-Range")).contains("bytes */" + Files.size(video));
        server.awaitFinished(session, jobId, java.time.Duration.ofSeconds(90));
    }

    @Test
    void aFileThatIsNotAVideoIsNamedAsThePersonNamedIt() throws Exception {
        HttpResponse<String> refused = server.send(Multipart.file("file", "My Talk.mp4",
                "definitely not a video ".repeat(50).getBytes(StandardCharsets.UTF_8))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(refused.statusCode()).isIn(415, 422);
        String message = message(refused);
        assertThat(message).contains("My Talk.mp4");
        assertNoDisclosure(message);
    }

    @Test
    void aFailureOnTheServerIs500WithAReferenceTheLogHasAndNoDetails() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ErrorAnswers.class);
        logger.addAppender(log);
        try {
            HttpResponse<String> created = server.send(server.request(session, "/api/uploads").header("Tus-Resumable", "1.0.0")
                    .header("Upload-Length", "100").header("Upload-Metadata", "filename " + b64("talk.mp4"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            String location = created.headers().firstValue("Location").orElseThrow();
            // The staging directory turns into a file behind the server's back: the bytes cannot be staged, a
            // server-side I/O failure and not the client's.
            Path staging = running.data().resolve("uploads");
            Path away = running.data().resolve("uploads-away");
            Files.move(staging, away);
            Files.writeString(staging, "not a directory");
            HttpResponse<String> patch;
            try {
                patch = server.send(server.request(session, location).header("Tus-Resumable", "1.0.0")
                        .header("Upload-Offset", "0").header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[10])).build());
            } finally {
                Files.delete(staging);
                Files.move(away, staging);
            }
            assertError(patch, 500, "server_io");
            JsonNode body = TestServer.JSON.readTree(patch.body());
            String reference = body.path("reference").asString();
            assertThat(reference).matches("[0-9a-f]{8}");
            assertThat(body.path("message").asString()).contains(reference);
            assertNoDisclosure(body.path("message").asString());
            assertThat(log.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains(reference);
                assertThat(e.getThrowableProxy()).isNotNull();
            });
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void aDatabaseThatClosedIsOpenedAgainWithoutARestart() throws Exception {
        // What H2 does when a write finds the disk full: it closes, and every pooled connection is dead.
        server.bean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("SHUTDOWN").update();
        int failures = 0;
        int status = 0;
        while (failures <= 10 && status != 200) {
            status = server.get(session, "/api/sessions/current").statusCode();
            if (status != 200) {
                // 503 when the session lookup finds the database gone, 500 when a later statement does: both
                // say it is the server's trouble, never the client's.
                assertThat(status).as("a failure on the server").isIn(500, 503);
                failures++;
            }
        }
        assertThat(status).as("the pool drops the dead connections, and a new one opens the database again")
                .isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(server.get(session, "/api/sessions/current").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void securityHeadersOnEveryKindOfAnswer() throws Exception {
        for (String path : List.of("/", "/jobs/00000000-0000-4000-8000-000000000000", "/s/some-token", "/js/home.js",
                "/api/config", "/api/shared/no-such-link", "/api/sessions/current", "/nothing-here")) {
            HttpResponse<String> r = server.get(null, path);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(path).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
        }
        HttpResponse<String> docs = server.get(null, "/api/swagger-ui/index.html");
        assertThat(docs.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'",
                "frame-ancestors 'none'");
    }

    private static void assertError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
                .startsWith("application/json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        JsonNode body = TestServer.JSON.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo(error);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("message").asString()).isNotBlank();
        assertNoDisclosure(body.path("message").asString());
    }

    private static void assertNoDisclosure(String message) {
        assertThat(message).doesNotContain(running.data().toString()).doesNotContain(System.getProperty("java.io.tmpdir"))
                .doesNotContain("multipart-").doesNotContain("upload-").doesNotContainPattern("[A-Za-z]+Exception")
                .doesNotContainPattern("\\b(java|org|io)\\.[a-z]+\\.");
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String message(HttpResponse<String> response) {
        return TestServer.JSON.readTree(response.body()).path("message").asString();
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
