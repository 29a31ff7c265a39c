package io.roughcut.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.storage.BlobStore;
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

/** Anonymous sessions: the cookie, the stored hash, expiry and the clean-up that follows it. */
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
    void aFirstVisitGetsAnHttpOnlyLaxCookieAndOnlyItsHashIsStored() throws Exception {
        HttpResponse<String> r = server.get(null, "/api/sessions/current");
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("roughcut_session=").contains("HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContain("Secure");
        String token = cookie.substring("roughcut_session=".length(), cookie.indexOf(';'));
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);

        JdbcClient jdbc = server.bean(JdbcClient.class);
        List<String> hashes = jdbc.sql("SELECT token_hash FROM sessions").query(String.class).list();
        assertThat(hashes).contains(SessionTokens.hash(token)).doesNotContain(token);

        HttpResponse<String> again = server.send(server.request(null, "/api/sessions/current")
                .header("Cookie", "roughcut_session=" + token).GET().build());
        assertThat(again.headers().firstValue("Set-Cookie")).as("a known cookie is kept").isEmpty();
        assertThat(TestServer.JSON.readTree(again.body()).path("id").asString())
                .isEqualTo(TestServer.JSON.readTree(r.body()).path("id").asString());
    }

    @Test
    void anExpiredSessionSeesNothingAndTheCleanUpDeletesItsJobsAndFiles() throws Exception {
        String session = server.newSession();
        Path video = TestVideos.withOnePause(dir, 4);
        String jobId = server.upload(session, video);
        server.awaitFinished(session, jobId, Duration.ofSeconds(60));
        BlobStore blobs = server.bean(BlobStore.class);
        assertThat(blobs.size("uploads/" + jobId + "/original")).isPresent();

        JdbcClient jdbc = server.bean(JdbcClient.class);
        jdbc.sql("UPDATE sessions SET expires_at = ? WHERE token_hash = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), SessionTokens.hash(session)).update();

        HttpResponse<String> expired = server.get(session, "/api/videos/" + jobId + "/status");
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(expired.headers().firstValue("Set-Cookie")).as("a new session replaces the expired one").isPresent();

        assertThat(server.bean(SessionCleanup.class).cleanUp()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM video_jobs WHERE id = ?").param(UUID.fromString(jobId))
                .query(Integer.class).single()).isZero();
        assertThat(blobs.size("uploads/" + jobId + "/original")).isEmpty();
        assertThat(blobs.size("jobs/" + jobId + "/normalized.mp4")).isEmpty();
    }

    @Test
    void theSessionRoutesAnswerOnlyForTheCallersOwnSession() throws Exception {
        String session = server.newSession();
        String id = server.getJson(session, "/api/sessions/current").path("id").asString();
        assertThat(server.getJson(session, "/api/sessions/" + id).path("id").asString()).isEqualTo(id);
        assertThat(server.get(server.newSession(), "/api/sessions/" + id).statusCode()).isEqualTo(404);
    }
}
