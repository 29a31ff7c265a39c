package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document and the real answers cannot drift apart: every route's successes and errors, from a
 * running server, are checked against the document it serves (see {@link ApiContract}).
 */
class OpenApiContractIntegrationTests {

    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.gemini.api-key=");
    static TestServer server;
    static ApiContract api;
    static Path video;

    @BeforeAll
    static void start() throws Exception {
        server = running.server();
        api = new ApiContract(server);
        video = TestVideos.withOnePause(running.dir(), 4);
    }

    @Test
    void theDocumentDescribesItself() throws Exception {
        JsonNode doc = TestServer.JSON.readTree(server.get(null, "/api/openapi").body());
        assertThat(doc.path("info").path("title").asString()).isEqualTo("Roughcut API");
        assertThat(doc.path("info").path("version").asString()).isNotBlank().doesNotContain("@");
        assertThat(doc.path("components").path("securitySchemes").path("sessionHeader").path("name").asString())
                .isEqualTo("X-Session-Id");
        assertThat(doc.path("components").path("securitySchemes").path("sessionCookie").path("in").asString())
                .isEqualTo("cookie");
        assertThat(doc.path("components").path("schemas").path("Error").path("properties").has("status")).isTrue();
        assertThat(doc.path("components").path("schemas").path("JobStatus").path("properties").path("status")
                .path("enum").toString()).contains("queued", "complete", "partial", "failed");
        assertThat(doc.path("components").path("schemas").path("SavedDecision").path("properties").path("decision")
                .path("enum").toString()).contains("accepted", "rejected");
        // Every operation has a summary, and its errors are in the one shape.
        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                assertThat(op.getValue().path("summary").asString()).as(op.getKey() + " " + path.getKey()).isNotBlank();
                for (var answer : op.getValue().path("responses").properties()) {
                    if (!op.getKey().equals("head") && (answer.getKey().startsWith("4") || answer.getKey().startsWith("5"))) {
                        assertThat(answer.getValue().toString()).as(op.getKey() + " " + path.getKey() + " " + answer.getKey())
                                .contains("#/components/schemas/Error");
                    }
                }
            }
        }
        JsonNode create = doc.path("paths").path("/api/uploads").path("post").path("responses");
        assertThat(create.has("201")).isTrue();
        assertThat(doc.path("paths").path("/api/uploads/{id}").path("patch").path("responses").has("204")).isTrue();
        assertThat(doc.path("paths").path("/api/export/{jobId}/{format}").path("get").toString()).contains("edl", "csv");
    }

    @Test
    void sessionsAndTheServersOffer() throws Exception {
        api.call("GET", "/api/config").expect(200);
        JsonNode created = json(api.call("POST", "/api/sessions/create").expect(200));
        String session = created.path("sessionId").asString();
        String id = created.path("id").asString();
        api.call("GET", "/api/sessions/current").session(session).expect(200);
        api.call("GET", "/api/sessions/" + id).session(session).expect(200);
        api.call("GET", "/api/sessions/someone-else").session(session).expect(404);
        api.call("GET", "/api/sessions/current").invalid().expect(401);
        api.call("GET", "/api/sessions/current/videos").session("not-a-session").expect(401);
        api.call("GET", "/api/sessions/current/videos").session(session).expect(200);
    }

    @Test
    void aVideoThroughTusAndEveryRouteOfItsJob() throws Exception {
        String session = newSession();
        byte[] bytes = Files.readAllBytes(video);
        api.call("OPTIONS", "/api/uploads").expect(204);
        api.call("POST", "/api/uploads").session(session).header("Upload-Length", "100").invalid().expect(412);
        api.call("POST", "/api/uploads").session(session).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "0").expect(400);
        api.call("POST", "/api/uploads").session(session).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(6L << 30)).expect(413);
        api.call("POST", "/api/uploads").session(session).header("Tus-Resumable", "1.0.0").header("Upload-Length", "10")
                .header("Upload-Metadata", "filename " + b64("notes.txt")).expect(415);
        HttpResponse<byte[]> created = api.call("POST", "/api/uploads").session(session).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(bytes.length))
                .header("Upload-Metadata", "filename " + b64("talk.mp4")).expect(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        api.call("HEAD", location).session(session).header("Tus-Resumable", "1.0.0").expect(200);
        api.call("PATCH", location).session(session).header("Tus-Resumable", "1.0.0").header("Upload-Offset", "7")
                .header("Content-Type", "application/offset+octet-stream").body(new byte[3]).expect(409);
        api.call("PATCH", location).session(session).header("Tus-Resumable", "1.0.0").header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .header("Upload-Checksum", "sha1 " + Base64.getEncoder().encodeToString(new byte[20])).body(new byte[3])
                .expect(460);
        HttpResponse<byte[]> last = api.call("PATCH", location).session(session).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0").header("Content-Type", "application/offset+octet-stream").body(bytes)
                .expect(204);
        String jobId = last.headers().firstValue("Roughcut-Job-Id").orElseThrow();
        api.call("HEAD", "/api/uploads/00000000-0000-4000-8000-000000000000").session(session)
                .header("Tus-Resumable", "1.0.0").expect(404);

        api.call("GET", "/api/videos/" + jobId + "/status").session(session).expect(200);
        server.awaitFinished(session, jobId, Duration.ofSeconds(90));
        api.call("GET", "/api/videos/" + jobId + "/status").session(session).expect(200);
        api.call("GET", "/api/videos/00000000-0000-4000-8000-000000000000/status").session(session).expect(404);
        api.call("GET", "/api/videos/" + jobId + "/chunks").session(session).expect(200);
        api.call("GET", "/api/videos/" + jobId + "/logs").session(session).expect(200);
        JsonNode results = json(api.call("GET", "/api/videos/" + jobId + "/results").session(session).expect(200));
        String cut = results.path("segmentsToRemove").get(0).path("id").asString();
        api.call("PATCH", "/api/videos/" + jobId + "/segments/" + cut).session(session).json("{\"decision\":\"rejected\"}")
                .expect(200);
        api.call("PATCH", "/api/videos/" + jobId + "/segments/" + cut).session(session).json("{\"decision\":\"review\"}")
                .expect(200);
        api.call("PATCH", "/api/videos/" + jobId + "/segments/" + cut).session(session).json("{\"decision\":\"maybe\"}")
                .invalid().expect(400);
        api.call("PATCH", "/api/videos/" + jobId + "/segments/s-9999").session(session).json("{\"decision\":\"accepted\"}")
                .expect(404);
        api.call("GET", "/api/videos/" + jobId + "/media").session(session).header("Range", "bytes=0-99").expect(206);
        api.call("GET", "/api/videos/" + jobId + "/media").session(session).header("Range", "bytes=999999999-").expect(416);
        for (String format : new String[] {"json", "csv", "edl"}) {
            api.call("GET", "/api/export/" + jobId + "/" + format).session(session).expect(200);
        }
        api.call("GET", "/api/export/" + jobId + "/docx").session(session).invalid().expect(404);

        JsonNode share = json(api.call("POST", "/api/videos/" + jobId + "/share").session(session).expect(200));
        String token = share.path("token").asString();
        api.call("GET", "/api/shared/" + token).expect(200);
        api.call("GET", "/api/shared/" + token + "/media").header("Range", "bytes=0-9").expect(206);
        api.call("DELETE", "/api/videos/" + jobId + "/share").session(session).expect(204);
        api.call("GET", "/api/shared/" + token).expect(404);
        api.call("DELETE", "/api/videos/" + jobId).session(session).expect(204);
        api.call("GET", "/api/videos/" + jobId + "/results").session(session).expect(404);

        HttpResponse<byte[]> doomed = api.call("POST", "/api/uploads").session(session).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "100").header("Upload-Metadata", "filename " + b64("clip.mov")).expect(201);
        api.call("DELETE", doomed.headers().firstValue("Location").orElseThrow()).session(session)
                .header("Tus-Resumable", "1.0.0").expect(204);
    }

    @Test
    void theMultipartRouteAndAJobThatIsNotReadyYet() throws Exception {
        String session = newSession();
        Multipart form = Multipart.file("file", "talk.mp4", Files.readAllBytes(video));
        JsonNode accepted = json(api.call("POST", "/api/videos/upload").session(session)
                .header("Content-Type", form.contentType()).body(bytes(form)).expect(200));
        String jobId = accepted.path("jobId").asString();
        api.call("GET", "/api/videos/" + jobId + "/results").session(session).expect(409);
        Multipart text = Multipart.file("file", "notes.txt", "not a video".getBytes(StandardCharsets.UTF_8));
        api.call("POST", "/api/videos/upload").session(session).header("Content-Type", text.contentType()).body(bytes(text))
                .expect(415);
        Multipart broken = Multipart.file("file", "talk.mp4", "not a video at all".getBytes(StandardCharsets.UTF_8),
                Map.of("analyzer", "gemini"));
        api.call("POST", "/api/videos/upload").session(session).header("Content-Type", broken.contentType())
                .body(bytes(broken)).expect(400);
        String again = "/api/videos/" + jobId + "/reanalyze";
        JsonNode early = json(api.call("POST", again).session(session).json("{\"minPauseSeconds\": 2}").expect(409));
        assertThat(early.path("message").asString()).contains("once its analysis has finished");
        server.awaitFinished(session, jobId, Duration.ofSeconds(90));

        // Analysed again with other settings: refused out of range, then started, and not twice at once.
        JsonNode tooShort = json(api.call("POST", again).session(session).json("{\"minPauseSeconds\": 0.1}").expect(400));
        assertThat(tooShort.path("message").asString()).isEqualTo("\"minPauseSeconds\" must be from 0.3 to 30 seconds, not 0.1.");
        JsonNode wide = json(api.call("POST", again).session(session).json("{\"marginSeconds\": 0.5}").expect(400));
        assertThat(wide.path("message").asString()).contains("\"marginSeconds\"", "less than half the shortest pause (1 s)");
        json(api.call("POST", again).session(session).json("{\"pictureChecks\": \"slides\"}").invalid().expect(400));
        JsonNode started = json(api.call("POST", again).session(session)
                .json("{\"minPauseSeconds\": 2, \"pictureChecks\": \"off\"}").expect(202));
        assertThat(started.path("status").asString()).isEqualTo("analyzing");
        assertThat(started.path("options").path("minPauseSeconds").asDouble()).isEqualTo(2.0);
        assertThat(started.path("options").path("marginSeconds").asDouble()).as("as it was").isEqualTo(0.2);
        assertThat(started.path("options").path("pictureChecks").asString()).isEqualTo("off");
        api.call("POST", again).session(session).json("{}").expect(409);
        assertThat(server.awaitFinished(session, jobId, Duration.ofSeconds(90)).path("status").asString())
                .isEqualTo("complete");
        JsonNode reanalysed = json(api.call("GET", "/api/videos/" + jobId + "/results").session(session).expect(200));
        assertThat(reanalysed.path("segmentsToRemove").valueStream().map(c -> c.path("category").asString()))
                .as("its one pause is 1.5 s, under the new shortest pause").doesNotContain("pause");
        api.call("POST", "/api/videos/00000000-0000-4000-8000-000000000000/reanalyze").session(session).json("{}")
                .expect(404);
    }

    private static String newSession() throws Exception {
        return json(api.call("POST", "/api/sessions/create").expect(200)).path("sessionId").asString();
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return TestServer.JSON.readTree(response.body());
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a multipart body, as the validator needs them besides the request. */
    private static byte[] bytes(Multipart form) throws Exception {
        var subscriber = HttpResponse.BodySubscribers.ofByteArray();
        form.body().subscribe(new java.util.concurrent.Flow.Subscriber<>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                subscriber.onSubscribe(s);
            }

            @Override
            public void onNext(java.nio.ByteBuffer item) {
                subscriber.onNext(java.util.List.of(item));
            }

            @Override
            public void onError(Throwable t) {
                subscriber.onError(t);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
        return subscriber.getBody().toCompletableFuture().get();
    }
}
