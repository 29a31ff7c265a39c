package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * With {@code management.server.port} set, as worker nodes run, health and metrics are served on that port
 * and not on the application's; without a token, the application's port serves no metrics at all.
 */
class ActuatorIntegrationTests {

    @RegisterExtension
    static final RunningServer running = new RunningServer("management.server.port=0",
            "management.server.address=127.0.0.1");
    static TestServer server;
    static int managementPort;

    @BeforeAll
    static void start() {
        server = running.server();
        managementPort = Integer.parseInt(server.bean(org.springframework.core.env.Environment.class)
                .getProperty("local.management.port", "-1"));
    }

    @Test
    void metricsAndHealthAreOnTheManagementPort() throws Exception {
        assertThat(managementPort).isPositive().isNotEqualTo(server.port());
        HttpResponse<String> prometheus = management("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("roughcut_queue_depth");
        HttpResponse<String> health = management("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode status = TestServer.JSON.readTree(health.body());
        assertThat(status.path("status").asString()).isEqualTo("UP");
        assertThat(status.has("components")).as("no details without the operator's token").isFalse();
    }

    @Test
    void theApplicationsPortServesNoMetrics() throws Exception {
        HttpResponse<String> prometheus = server.get(null, "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(404);
        JsonNode body = TestServer.JSON.readTree(prometheus.body());
        assertThat(body.path("error").asString()).isEqualTo("not_found");
        assertThat(body.path("message").asString()).contains("management.server.port");
        assertThat(server.get(null, "/actuator/metrics").statusCode()).isEqualTo(404);
        assertThat(server.get(null, "/api/config").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> management(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
