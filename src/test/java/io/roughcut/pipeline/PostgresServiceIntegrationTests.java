package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.web.TestServer;
import io.roughcut.web.TestVideos;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The same application, unchanged, on PostgreSQL 15: migrations run and a job completes. */
class PostgresServiceIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void aJobCompletesOnPostgresql() throws Exception {
        String[] schema = TestDatabases.postgresSchemaUrl();
        try (TestServer server = TestServer.start(dir.resolve("data"), "spring.datasource.url=" + schema[0],
                "spring.datasource.username=postgres", "spring.datasource.password=", "roughcut.management.token=pg")) {
            String session = server.newSession();
            Path video = TestVideos.withOnePause(dir, 4);
            String jobId = server.upload(session, video);
            JsonNode status = server.awaitFinished(session, jobId, Duration.ofSeconds(60));
            assertThat(status.path("status").asString()).isEqualTo("complete");
            assertThat(server.getJson(session, "/api/videos/" + jobId + "/results").path("segmentsToRemove").size())
                    .isPositive();
            // Health's details are for the operator's token.
            JsonNode health = TestServer.JSON.readTree(server.send(server.request(null, "/actuator/health")
                    .header("Authorization", "Bearer pg").GET().build()).body());
            assertThat(health.path("components").path("db").path("details").path("database").asString())
                    .isEqualTo("PostgreSQL");
        } finally {
            try (Connection c = DriverManager.getConnection(TestDatabases.POSTGRES_URL, "postgres", "")) {
                c.createStatement().execute("DROP SCHEMA " + schema[1] + " CASCADE");
            }
        }
    }
}
