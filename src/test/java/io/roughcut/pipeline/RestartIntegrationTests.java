package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.ApiClient;
import io.roughcut.testing.ServerProcess;
import io.roughcut.web.TestVideos;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kill -9 the server while a job's chunks are being analysed, start it again on the same data: the job
 * resumes, completes, and its cut list is the same as that of the same video processed without a kill.
 */
class RestartIntegrationTests {

    private static final List<String> PROPERTIES = List.of("roughcut.pipeline.max-chunk-seconds=1",
            "roughcut.pipeline.analyze-workers=1",
            // The killed process's claims go stale after this long without a heartbeat.
            "roughcut.pipeline.visibility-timeout=4s", "roughcut.pipeline.heartbeat-every=1s",
            "roughcut.pipeline.reconcile-every=1s");

    @TempDir
    Path dir;

    @Test
    void aJobInterruptedByKillMinus9ResumesAndCountsEveryChunkOnce() throws Exception {
        Path video = TestVideos.withOnePause(dir, 20);
        String session;
        String jobId;
        try (ServerProcess first = ServerProcess.start(dir, "server", PROPERTIES)) {
            ApiClient api = first.api();
            session = api.newSession();
            jobId = api.upload(session, video);
            JsonNode status = awaitChunksInFlight(api, session, jobId);
            assertThat(status.path("status").asString()).isEqualTo("analyzing");
            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(dir, "server", PROPERTIES)) {
            ApiClient api = second.api();
            JsonNode done = second.checking(() -> api.awaitFinished(session, jobId, Duration.ofSeconds(120)));
            assertThat(done.path("status").asString()).as(second.logTail()).isEqualTo("complete");
            assertThat(done.path("chunks").path("complete").asInt()).isEqualTo(done.path("chunks").path("total").asInt());

            String again = api.upload(session, video);
            api.awaitFinished(session, again, Duration.ofSeconds(120));
            JsonNode interrupted = api.getJson(session, "/api/videos/" + jobId + "/results");
            JsonNode clean = api.getJson(session, "/api/videos/" + again + "/results");
            assertThat(interrupted.path("segmentsToRemove").toString())
                    .isEqualTo(clean.path("segmentsToRemove").toString());
            assertThat(interrupted.path("summary").path("cutCount").asInt())
                    .isEqualTo(clean.path("summary").path("cutCount").asInt()).isPositive();
        }
    }

    /** Waits until some chunks are done and some are not: the moment to pull the plug. */
    private static JsonNode awaitChunksInFlight(ApiClient api, String session, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = api.getJson(session, "/api/videos/" + jobId + "/status");
            int complete = status.path("chunks").path("complete").asInt();
            int total = status.path("chunks").path("total").asInt();
            if (complete >= 2 && complete <= total - 3) {
                return status;
            }
            if (status.path("status").asString().equals("complete")) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never saw the job with chunks half done; last status " + status);
    }
}
