package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.pipeline.JobRepository;
import io.roughcut.testing.TestMedia;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The cut video through the service: a render task started by the API, of the review as it is (accepted cuts
 * removed, rejected cuts and cuts still to review kept), with the
 * answers checked against the OpenAPI document. The file is probed by MediaProbe and decoded frame by frame by
 * FFmpeg, and its length is compared, to the frame, with the kept time worked out here from the cut list's
 * accepted cuts.
 */
class RenderIntegrationTests {

    /** The test talk's frame rate (see {@link TestVideos#withOnePause}). */
    private static final int FPS = 10;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static TestServer server;
    static ApiContract api;
    static Path video;

    @BeforeAll
    static void start() throws Exception {
        server = running.server();
        api = new ApiContract(server);
        video = TestVideos.withOnePause(running.dir(), 8);
    }

    @Test
    void theReviewRendersToAVideoOfTheKeptFramesAndAChangedReviewRendersAgain() throws Exception {
        String session = server.newSession();
        String jobId = finishedJob(session);
        JsonNode results = server.getJson(session, "/api/videos/" + jobId + "/results");
        int frames = keptFrames(results);
        assertThat(frames).as("the pause is cut, the rest kept: %s", results).isLessThan(8 * FPS).isGreaterThan(6 * FPS);
        api.call("GET", "/api/export/" + jobId + "/mp4/status").session(session).expect(404);
        // A HEAD (a link checker, a player probing the address) learns the video is not there, and starts nothing.
        HttpResponse<String> head = server.send(server.request(session, "/api/export/" + jobId + "/mp4")
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(404);
        api.call("GET", "/api/export/" + jobId + "/mp4/status").session(session).expect(404);

        JsonNode asked = json(api.call("POST", "/api/export/" + jobId + "/mp4").session(session).expect(202));
        assertThat(asked.path("state").asString()).isIn("queued", "rendering");
        assertThat(asked.path("keptSeconds").asDouble()).isCloseTo(frames / (double) FPS, within(0.5 / FPS));
        HttpResponse<byte[]> file = awaitVideo(session, "/api/export/" + jobId + "/mp4");
        assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo("video/mp4");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("filename=\"talk.mp4\"");
        Path rendered = Files.write(running.dir().resolve("rendered.mp4"), file.body());
        assertPlaysFor(rendered, frames);
        JsonNode done = json(api.call("GET", "/api/export/" + jobId + "/mp4/status").session(session).expect(200));
        assertThat(done.path("state").asString()).isEqualTo("done");
        assertThat(done.path("durationSeconds").asDouble()).isCloseTo(frames / (double) FPS, within(1e-6));
        assertThat(done.path("sizeBytes").asLong()).isEqualTo(file.body().length);
        assertThat(json(api.call("POST", "/api/export/" + jobId + "/mp4").session(session).expect(200)))
                .as("asking again for the same review renders nothing new").isEqualTo(done);
        HttpResponse<byte[]> range = api.call("GET", "/api/export/" + jobId + "/mp4").session(session)
                .header("Range", "bytes=4-11").expect(206);
        assertThat(range.body()).containsExactly(java.util.Arrays.copyOfRange(file.body(), 4, 12));

        // Reject the pause: the video of the review as it is now has not been rendered yet.
        decide(session, jobId, pause(results), "rejected");
        int more = keptFrames(server.getJson(session, "/api/videos/" + jobId + "/results"));
        assertThat(more).as("everything").isEqualTo(8 * FPS);
        api.call("GET", "/api/export/" + jobId + "/mp4/status").session(session).expect(404);
        HttpResponse<byte[]> started = api.call("GET", "/api/export/" + jobId + "/mp4").session(session).expect(202);
        assertThat(started.headers().firstValue("Retry-After")).isPresent();
        List<String> events = renderEvents(session, jobId);
        assertThat(events.getLast()).as("the stream ends with the finished render").contains("\"state\":\"done\"");
        Path again = Files.write(running.dir().resolve("again.mp4"),
                awaitVideo(session, "/api/export/" + jobId + "/mp4").body());
        assertPlaysFor(again, more);
        try (Stream<Path> kept = Files.list(running.data().resolve("blobs/jobs/" + jobId + "/render"))) {
            assertThat(kept.map(p -> p.getFileName().toString()).toList()).as("the outdated render is deleted")
                    .hasSize(1).first().asString().endsWith(".mp4");
        }

        String other = server.newSession();
        api.call("POST", "/api/export/" + jobId + "/mp4").session(other).expect(404);
        api.call("GET", "/api/export/" + jobId + "/mp4").session(other).expect(404);
        api.call("GET", "/api/export/" + jobId + "/mp4/status").session(other).expect(404);
    }

    @Test
    void aShareLinkGetsTheOwnersRenderOfTheReviewAsItIsAndStartsNone() throws Exception {
        String session = server.newSession();
        String jobId = finishedJob(session);
        String token = json(api.call("POST", "/api/videos/" + jobId + "/share").session(session).expect(200))
                .path("token").asString();
        HttpResponse<byte[]> none = api.call("GET", "/api/shared/" + token + "/export/mp4").expect(404);
        assertThat(new String(none.body())).contains("Ask its owner to render it");
        api.call("GET", "/api/shared/" + token + "/export/mp4/status").expect(404);

        api.call("POST", "/api/export/" + jobId + "/mp4").session(session).expect(202);
        byte[] owners = awaitVideo(session, "/api/export/" + jobId + "/mp4").body();
        HttpResponse<byte[]> shared = api.call("GET", "/api/shared/" + token + "/export/mp4").expect(200);
        assertThat(shared.body()).isEqualTo(owners);
        assertThat(json(api.call("GET", "/api/shared/" + token + "/export/mp4/status").expect(200)).path("url")
                .asString()).isEqualTo("/api/shared/" + token + "/export/mp4");
        api.call("GET", "/api/shared/not-a-token/export/mp4").expect(404);

        // The video is gone from the store (a bucket's lifecycle rule, say): asking again renders it again.
        try (Stream<Path> videos = Files.list(running.data().resolve("blobs/jobs/" + jobId + "/render"))) {
            for (Path video : videos.toList()) {
                Files.delete(video);
            }
        }
        assertThat(new String(api.call("GET", "/api/shared/" + token + "/export/mp4").expect(404).body()))
                .contains("no longer stored");
        api.call("POST", "/api/export/" + jobId + "/mp4").session(session).expect(202);
        assertPlaysFor(Files.write(running.dir().resolve("rendered-again.mp4"),
                awaitVideo(session, "/api/export/" + jobId + "/mp4").body()),
                keptFrames(server.getJson(session, "/api/videos/" + jobId + "/results")));
    }

    @Test
    void aRenderThatFailsOnTheServerSaysSoAndWhatToDo() throws Exception {
        String session = server.newSession();
        String jobId = finishedJob(session);
        // The recording is gone from the blob store, as after a storage fault: every try fails to fetch it.
        String key = server.bean(JobRepository.class).find(UUID.fromString(jobId)).orElseThrow().recordingKey();
        Files.delete(running.data().resolve("blobs").resolve(key));

        api.call("POST", "/api/export/" + jobId + "/mp4").session(session).expect(202);
        JsonNode failed = awaitStatus(session, jobId, "failed");
        assertThat(failed.path("message").asString()).contains("failed on the server").contains("Render it again")
                .doesNotContain(key).doesNotContain(running.data().toString());
        HttpResponse<byte[]> answer = api.call("GET", "/api/export/" + jobId + "/mp4").session(session).expect(503);
        JsonNode error = json(answer);
        assertThat(error.path("error").asString()).isEqualTo("render_failed");
        assertThat(error.path("message").asString()).contains("talk.mp4").contains("Render it again");
        assertThat(json(api.call("POST", "/api/export/" + jobId + "/mp4").session(session).expect(202))
                .path("state").asString()).as("asking again tries again").isIn("queued", "rendering");
    }

    /**
     * A finished job whose review cuts the pause and leaves every other cut to review, which keeps it in: the
     * local analyser takes the tiny test picture for frozen video, so the whole recording has a picture-fault
     * cut, which a reviewer would not accept.
     */
    private static String finishedJob(String session) throws Exception {
        String jobId = server.upload(session, video);
        assertThat(server.awaitFinished(session, jobId, Duration.ofSeconds(60)).path("status").asString())
                .isEqualTo("complete");
        JsonNode results = server.getJson(session, "/api/videos/" + jobId + "/results");
        String pause = pause(results);
        for (JsonNode cut : results.path("segmentsToRemove")) {
            String id = cut.path("id").asString();
            decide(session, jobId, id, id.equals(pause) ? "accepted" : "review");
        }
        return jobId;
    }

    private static String pause(JsonNode results) {
        List<String> pauses = results.path("segmentsToRemove").valueStream()
                .filter(c -> c.path("category").asString().equals("pause")).map(c -> c.path("id").asString()).toList();
        assertThat(pauses).as("the one pause of the test talk").hasSize(1);
        return pauses.getFirst();
    }

    private static void decide(String session, String jobId, String cutId, String decision) throws Exception {
        api.call("PATCH", "/api/videos/" + jobId + "/segments/" + cutId).session(session)
                .json("{\"decision\":\"" + decision + "\"}").expect(200);
    }

    /**
     * The frames the cut video should show, from the results alone: the recording's frames whose middle lies
     * outside every accepted cut (a time t is frame round(t * rate), halves up, as editors count).
     */
    private static int keptFrames(JsonNode results) {
        int total = (int) Math.round(results.path("source").path("durationSeconds").asDouble() * FPS);
        boolean[] cut = new boolean[total];
        results.path("segmentsToRemove").forEach(c -> {
            if (c.path("decision").asString().equals("accepted")) {
                for (long f = Math.round(c.path("start").asDouble() * FPS); f < Math.round(c.path("end").asDouble() * FPS)
                        && f < total; f++) {
                    cut[(int) f] = true;
                }
            }
        });
        int kept = 0;
        for (boolean c : cut) {
            kept += c ? 0 : 1;
        }
        return kept;
    }

    /** The file plays: MediaProbe reads it, every frame decodes without a complaint, and it has the frames. */
    private static void assertPlaysFor(Path file, int frames) {
        MediaInfo info = new MediaProbe(TestMedia.ffmpeg()).probe(file);
        assertThat(info.video()).isNotNull();
        assertThat(info.audio()).as("the sound is kept").isNotNull();
        assertThat(info.durationSeconds()).as("the video's length: the kept time on the frames")
                .isCloseTo(frames / (double) FPS, within(0.5 / FPS));
        var decode = TestMedia.ffmpeg().ffmpeg(List.of("-v", "error", "-i", file.toString(), "-f", "null", "-"),
                Duration.ofMinutes(1));
        assertThat(decode.stderrTail()).as("FFmpeg's complaints decoding every frame").isBlank();
        String counted = TestMedia.ffmpeg().ffprobe(List.of("-select_streams", "v:0", "-count_frames", "-show_entries",
                "stream=nb_read_frames", "-of", "csv=p=0", file.toString()), Duration.ofMinutes(1)).stdout().strip();
        assertThat(Integer.parseInt(counted)).as("frames decoded").isEqualTo(frames);
    }

    /** Asks for the video until it is there, as a client following Retry-After would (faster, for the test). */
    private static HttpResponse<byte[]> awaitVideo(String session, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<byte[]> r = HTTP.send(server.request(session, path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 202) {
                assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
                return r;
            }
            assertThat(System.nanoTime()).as("rendered within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static JsonNode awaitStatus(String session, String jobId, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode status = server.getJson(session, "/api/export/" + jobId + "/mp4/status");
            if (status.path("state").asString().equals(state)) {
                return status;
            }
            assertThat(System.nanoTime()).as("%s within a minute, now %s", state, status).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** The data lines of the render's event stream, read until the server ends it. */
    private static List<String> renderEvents(String session, String jobId) throws Exception {
        HttpResponse<Stream<String>> stream = HTTP.send(server.request(session,
                "/api/export/" + jobId + "/mp4/events").header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        List<String> data = new ArrayList<>();
        try (Stream<String> lines = stream.body()) {
            lines.filter(l -> l.startsWith("data:")).forEach(data::add);
        }
        assertThat(data).isNotEmpty();
        return data;
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return TestServer.JSON.readTree(response.body());
    }
}
