package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.storage.FileTrees;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Rate limits that hold against a script: per client address (so ignoring cookies or making a session per call
 * gets no fresh budget), per session, on starting sessions and on uploads, where only accepted uploads count.
 * The address is the connection's, or what a trusted proxy says in X-Forwarded-For; 127.0.0.1 is trusted by
 * default, so each test speaks for its own made-up client address.
 */
class RateLimitIntegrationTests {

    static final int ADDRESS_REQUESTS = 150;

    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.rate.address-requests-per-minute=" + ADDRESS_REQUESTS,
            "roughcut.rate.address-sessions-per-hour=5", "roughcut.rate.uploads-per-hour=3",
            "roughcut.rate.address-uploads-per-hour=4");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = running.server();
    }

    @Test
    void aClientThatIgnoresCookiesGets429FromItsAddress() throws Exception {
        HttpResponse<String> last = null;
        int sent = 0;
        while (sent < 2 * ADDRESS_REQUESTS && (last == null || last.statusCode() != 429)) {
            last = server.send(from("203.0.113.10", null, "/api/sessions/current/videos").GET().build());
            if (last.statusCode() != 429) {
                assertThat(last.statusCode()).as("without a session").isEqualTo(401);
            }
            sent++;
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(sent).isBetween(ADDRESS_REQUESTS + 1, ADDRESS_REQUESTS + 20);
        assertRateLimited(last);
        // tus byte requests skip the request budget only while they carry a live session. (The bucket refills a
        // few tokens a second, so a 401 or two may come first.)
        int head = 0;
        for (int i = 0; i < 10 && head != 429; i++) {
            head = server.send(from("203.0.113.10", null, "/api/uploads/00000000-0000-4000-8000-000000000000")
                    .header("Tus-Resumable", "1.0.0").method("HEAD", HttpRequest.BodyPublishers.noBody()).build())
                    .statusCode();
        }
        assertThat(head).isEqualTo(429);
        assertThat(server.send(from("203.0.113.11", null, "/api/sessions/current/videos").GET().build()).statusCode())
                .as("another address has its own budget").isEqualTo(401);
    }

    @Test
    void startingSessionsIsLimitedPerAddressOnTheApiAndOnPageVisits() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> created = server.send(from("203.0.113.20", null, "/api/sessions/create")
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(created.statusCode()).isEqualTo(200);
        }
        HttpResponse<String> sixth = server.send(from("203.0.113.20", null, "/api/sessions/create")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertRateLimited(sixth);
        assertThat(sixth.headers().firstValue("Set-Cookie")).isEmpty();
        // A browser from that address still gets the page, only without a new session.
        HttpResponse<String> page = server.send(from("203.0.113.20", null, "/").GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(server.send(from("203.0.113.21", null, "/").GET().build()).headers().firstValue("Set-Cookie"))
                .isPresent();
    }

    @Test
    void eachSessionHasTheBriefsHundredRequestsAMinute() throws Exception {
        String busy = newSession("203.0.113.30");
        HttpResponse<String> last = null;
        int sent = 0;
        // The bucket refills greedily (100 a minute, so a few more per second), hence a little slack past 100.
        while (sent < 200 && (last == null || last.statusCode() != 429)) {
            last = server.send(from("203.0.113.30", busy, "/api/sessions/current/videos").GET().build());
            sent++;
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(sent).isBetween(101, 120);
        assertRateLimited(last);
        assertThat(server.send(from("203.0.113.30", newSession("203.0.113.30"), "/api/sessions/current/videos").GET()
                .build()).statusCode()).as("another session has its own budget").isEqualTo(200);
    }

    @Test
    void onlyAcceptedUploadsUseTheUploadBudget() throws Exception {
        String address = "203.0.113.40";
        String session = newSession(address);
        // Refused attempts: no tus version (412), no length (400), not a video (415), empty (400).
        assertThat(server.send(from(address, session, "/api/uploads").header("Upload-Length", "10")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(412);
        assertThat(server.send(tus(address, session).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode())
                .isEqualTo(400);
        assertThat(create(address, session, 10, "notes.txt").statusCode()).isEqualTo(415);
        assertThat(create(address, session, 0, "talk.mp4").statusCode()).isEqualTo(400);
        for (int i = 0; i < 3; i++) {
            assertThat(create(address, session, 10, "clip" + i + ".mp4").statusCode()).isEqualTo(201);
        }
        HttpResponse<String> fourth = create(address, session, 10, "clip3.mp4");
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertRateLimited(fourth);
        assertThat(fourth.headers().firstValue("Tus-Resumable")).contains("1.0.0");
        assertThat(TestServer.JSON.readTree(fourth.body()).path("message").asString()).contains("from one session");

        // The address has 4 an hour over all its sessions: a new session gets one more, then none.
        String second = newSession(address);
        assertThat(create(address, second, 10, "clip4.mp4").statusCode()).isEqualTo(201);
        HttpResponse<String> overAddress = create(address, second, 10, "clip5.mp4");
        assertThat(overAddress.statusCode()).isEqualTo(429);
        assertThat(TestServer.JSON.readTree(overAddress.body()).path("message").asString()).contains("from one address");
    }

    @Test
    void xForwardedForAndProtoAreBelievedOnlyFromATrustedProxy() throws Exception {
        Path dir = Files.createTempDirectory("roughcut-untrusted");
        // 192.0.2.1 is a documentation address: the tests' 127.0.0.1 is no proxy to this server.
        try (TestServer untrusted = TestServer.start(dir.resolve("data"), "roughcut.rate.address-requests-per-minute=5",
                "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1")) {
            int status = 0;
            for (int i = 0; i < 10 && status != 429; i++) {
                // A different made-up address each time: it must not buy a fresh budget.
                status = untrusted.send(untrusted.request(null, "/api/sessions/current")
                        .header("X-Forwarded-For", "198.51.100." + i).GET().build()).statusCode();
            }
            assertThat(status).isEqualTo(429);
            HttpResponse<String> page = untrusted.send(untrusted.request(null, "/").header("X-Forwarded-Proto", "https")
                    .GET().build());
            assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
        } finally {
            FileTrees.delete(dir);
        }
    }

    private static void assertRateLimited(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json")
                .containsIgnoringCase("utf-8");
        JsonNode body = TestServer.JSON.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo("rate_limited");
        assertThat(body.path("status").asInt()).isEqualTo(429);
        assertThat(body.path("message").asString()).contains("Try again in");
    }

    private static HttpRequest.Builder from(String address, String session, String path) {
        return server.request(session, path).header("X-Forwarded-For", address);
    }

    private static HttpRequest.Builder tus(String address, String session) {
        return from(address, session, "/api/uploads").header("Tus-Resumable", "1.0.0");
    }

    private static HttpResponse<String> create(String address, String session, long length, String name) throws Exception {
        return server.send(tus(address, session).header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static String newSession(String address) throws Exception {
        HttpResponse<String> created = server.send(from(address, null, "/api/sessions/create")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(created.statusCode()).isEqualTo(200);
        return TestServer.JSON.readTree(created.body()).path("sessionId").asString();
    }
}
