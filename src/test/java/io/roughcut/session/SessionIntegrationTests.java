package io.roughcut.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.storage.BlobStore;
import io.roughcut.web.Multipart;
import io.roughcut.web.RunningServer;
import io.roughcut.web.TestServer;
import io.roughcut.web.TestVideos;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Anonymous sessions: made only by a first page visit or POST /api/sessions/create, the cookie (renewed as it is
 * used, Secure behind a TLS proxy), the stored hash, 401 without a live session, expiry and the clean-up.
 */
class SessionIntegrationTests {

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static TestServer server;
    static Path dir;

    @BeforeAll
    static void start() {
        server = running.server();
        dir = running.dir();
    }

    @Test
    void aFirstPageVisitGetsAnHttpOnlyLaxCookieAndOnlyItsHashIsStored() throws Exception {
        HttpResponse<String> r = server.get(null, "/");
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("roughcut_session=").contains("HttpOnly", "SameSite=Lax", "Path=/",
                "Max-Age=2592000").doesNotContain("Secure");
        String token = cookie.substring("roughcut_session=".length(), cookie.indexOf(';'));
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);

        JdbcClient jdbc = server.bean(JdbcClient.class);
        List<String> hashes = jdbc.sql("SELECT token_hash FROM sessions").query(String.class).list();
        assertThat(hashes).contains(SessionTokens.hash(token)).doesNotContain(token);

        HttpResponse<String> again = withCookie(token, "/api/sessions/current");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Set-Cookie")).as("a cookie used within the minute is kept").isEmpty();
        HttpResponse<String> page = withCookie(token, "/jobs/00000000-0000-4000-8000-000000000000");
        assertThat(page.headers().firstValue("Set-Cookie")).as("a known browser keeps its session").isEmpty();
        assertThat(sessions(jdbc)).isEqualTo(hashes.size());
    }

    @Test
    void anApiCallWithoutALiveSessionGets401SayingHowToGetOneAndCreatesNothing() throws Exception {
        JdbcClient jdbc = server.bean(JdbcClient.class);
        long before = sessions(jdbc);
        HttpResponse<String> none = server.get(null, "/api/sessions/current");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        JsonNode body = TestServer.JSON.readTree(none.body());
        assertThat(body.path("error").asString()).isEqualTo("no_session");
        assertThat(body.path("status").asInt()).isEqualTo(401);
        assertThat(body.path("message").asString()).contains("POST /api/sessions/create", "X-Session-Id");

        HttpResponse<String> unknown = server.get("made-up-token", "/api/sessions/current/videos");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(TestServer.JSON.readTree(unknown.body()).path("message").asString()).contains("does not exist or has expired");
        HttpResponse<String> unknownCookie = withCookie("made-up-token", "/api/sessions/current");
        assertThat(unknownCookie.statusCode()).isEqualTo(401);
        HttpResponse<String> tus = server.send(server.request("made-up-token", "/api/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "100").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(tus.statusCode()).isEqualTo(401);
        assertThat(tus.headers().firstValue("Tus-Resumable")).contains("1.0.0");
        assertThat(sessions(jdbc)).as("no session was made for any of them").isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM uploads").query(Long.class).single()).isZero();
    }

    @Test
    void anExpiredSessionGets401EvenForAnUploadAndTheCleanUpDeletesItsJobsAndFiles() throws Exception {
        String session = server.newSession();
        Path video = TestVideos.withOnePause(dir, 4);
        String jobId = server.upload(session, video);
        server.awaitFinished(session, jobId, Duration.ofSeconds(60));
        BlobStore blobs = server.bean(BlobStore.class);
        assertThat(blobs.size("uploads/" + jobId + "/original")).isPresent();

        JdbcClient jdbc = server.bean(JdbcClient.class);
        jdbc.sql("UPDATE sessions SET expires_at = ? WHERE token_hash = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), SessionTokens.hash(session)).update();
        long before = sessions(jdbc);
        long jobsBefore = jdbc.sql("SELECT COUNT(*) FROM video_jobs").query(Long.class).single();

        HttpResponse<String> expired = server.get(session, "/api/videos/" + jobId + "/status");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("Set-Cookie")).as("nothing replaces the expired session").isEmpty();
        // The multipart upload too: refused before its body is read, and the video lands nowhere.
        HttpResponse<String> upload = server.send(Multipart.file("file", "talk.mp4", Files.readAllBytes(video))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(upload.statusCode()).isEqualTo(401);
        assertThat(TestServer.JSON.readTree(upload.body()).path("error").asString()).isEqualTo("no_session");
        assertThat(sessions(jdbc)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM video_jobs").query(Long.class).single()).isEqualTo(jobsBefore);

        assertThat(server.bean(SessionCleanup.class).cleanUp()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM video_jobs WHERE id = ?").param(UUID.fromString(jobId))
                .query(Integer.class).single()).isZero();
        assertThat(blobs.size("uploads/" + jobId + "/original")).isEmpty();
        assertThat(blobs.size("jobs/" + jobId + "/normalized.mp4")).isEmpty();
    }

    @Test
    void theCookieIsSentAgainAsTheSessionIsUsedSoItLasts30DaysAfterTheLastUse() throws Exception {
        String cookie = server.get(null, "/").headers().firstValue("Set-Cookie").orElseThrow();
        String token = cookie.substring("roughcut_session=".length(), cookie.indexOf(';'));
        JdbcClient jdbc = server.bean(JdbcClient.class);
        // As if the person had last come back 20 days ago.
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(20);
        jdbc.sql("UPDATE sessions SET last_accessed = ?, expires_at = ? WHERE token_hash = ?")
                .params(then, then.plusDays(30), SessionTokens.hash(token)).update();

        HttpResponse<String> used = withCookie(token, "/api/sessions/current/videos");
        assertThat(used.statusCode()).isEqualTo(200);
        String renewed = used.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(renewed).startsWith("roughcut_session=" + token + ";").contains("Max-Age=2592000", "HttpOnly",
                "SameSite=Lax");
        OffsetDateTime expires = jdbc.sql("SELECT expires_at FROM sessions WHERE token_hash = ?")
                .param(SessionTokens.hash(token)).query(OffsetDateTime.class).single();
        assertThat(expires).isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusDays(29));

        // A script's header is not a cookie: its session slides, and no cookie is set for it.
        String script = server.newSession();
        jdbc.sql("UPDATE sessions SET last_accessed = ? WHERE token_hash = ?").params(then, SessionTokens.hash(script))
                .update();
        assertThat(server.get(script, "/api/sessions/current").headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void behindATrustedTlsProxyTheCookieIsSecure() throws Exception {
        // 127.0.0.1 is a trusted proxy by default (server.tomcat.remoteip.internal-proxies).
        HttpResponse<String> viaTls = server.send(server.request(null, "/").header("X-Forwarded-Proto", "https")
                .GET().build());
        assertThat(viaTls.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "HttpOnly", "SameSite=Lax");
        HttpResponse<String> created = server.send(server.request(null, "/api/sessions/create")
                .header("X-Forwarded-Proto", "https").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(created.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    private static HttpResponse<String> withCookie(String token, String path) throws Exception {
        return server.send(server.request(null, path).header("Cookie", "roughcut_session=" + token).GET().build());
    }

    private static long sessions(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM sessions").query(Long.class).single();
    }

    @Test
    void theSessionRoutesAnswerOnlyForTheCallersOwnSession() throws Exception {
        String session = server.newSession();
        String id = server.getJson(session, "/api/sessions/current").path("id").asString();
        assertThat(server.getJson(session, "/api/sessions/" + id).path("id").asString()).isEqualTo(id);
        assertThat(server.get(server.newSession(), "/api/sessions/" + id).statusCode()).isEqualTo(404);
    }
}
