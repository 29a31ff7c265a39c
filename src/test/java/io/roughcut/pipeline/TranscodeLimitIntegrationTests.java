package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.storage.BlobStore;
import io.roughcut.testing.TestMedia;
import io.roughcut.web.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The upload limit is for uploads: a small WEBM whose H.264 transcode is larger than the limit is prepared,
 * its chunks analysed and its job completed, where every chunk used to fail as "too large".
 */
class TranscodeLimitIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void aTranscodeLargerThanTheUploadLimitIsAnalysedWhole() throws Exception {
        // VP9 at a tiny bitrate; H.264 at CRF 22 spends far more on the detailed test picture.
        Path webm = TestMedia.generate(dir.resolve("talk.webm"), "-f", "lavfi", "-i", "testsrc2=size=240x180:rate=10",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "4", "-c:v", "libvpx-vp9",
                "-b:v", "30k", "-deadline", "realtime", "-c:a", "libopus", "-b:a", "24k");
        long size = Files.size(webm);
        try (TestServer server = TestServer.start(dir.resolve("data"), "roughcut.upload.max-bytes=" + (size + 1))) {
            String session = server.newSession();
            String job = server.upload(session, webm);
            JsonNode status = server.awaitFinished(session, job, Duration.ofSeconds(90));
            assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("complete");
            assertThat(status.path("normalization").asString()).isEqualTo("transcode");
            long normalized = server.bean(BlobStore.class).size("jobs/" + job + "/normalized.mp4").orElseThrow();
            assertThat(normalized).as("the transcode is larger than the upload limit").isGreaterThan(size + 1);
        }
    }
}
