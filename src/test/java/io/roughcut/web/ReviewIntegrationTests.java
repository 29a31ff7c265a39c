package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.roughcut.storage.BlobStore;
import io.roughcut.testing.TestMedia;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The review API against the real app: batches of edits and decisions ({@code POST .../review}) that every
 * export then follows, splits, merges and undos as whole states, refusals that say what is wrong and change
 * nothing, and the waveform measured once and kept.
 */
class ReviewIntegrationTests {

    @RegisterExtension
    static final RunningServer running = new RunningServer("roughcut.gemini.api-key=");
    static TestServer server;
    static String session;
    static String jobId;
    static JsonNode original;
    static String pauseId;

    @BeforeAll
    static void analyse() throws Exception {
        server = running.server();
        session = server.newSession();
        // 10 s at 25 fps with one pause, 2.0-3.5 s, over faint noise: its cut is 2.2-3.3 s.
        Path video = TestMedia.generate(running.dir().resolve("talk.mp4"), "-f", "lavfi", "-i",
                "testsrc2=size=160x120:rate=25", "-f", "lavfi", "-i",
                "aevalsrc='0.002*(2*random(0)-1)+if(between(t,2,3.5),0,0.5*sin(2*PI*440*t))':s=16000",
                "-t", "10", "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-shortest");
        jobId = server.upload(session, video);
        server.awaitFinished(session, jobId, Duration.ofMinutes(2));
        original = results();
        pauseId = original.path("segmentsToRemove").valueStream()
                .filter(c -> c.path("category").asString().equals("pause")).findFirst().orElseThrow()
                .path("id").asString();
    }

    private static JsonNode results() throws Exception {
        return server.getJson(session, "/api/videos/" + jobId + "/results");
    }

    private static HttpResponse<String> review(String body) throws Exception {
        return server.send(server.request(session, "/api/videos/" + jobId + "/review")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode ok(String body) throws Exception {
        HttpResponse<String> r = review(body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestServer.JSON.readTree(r.body());
    }

    private static JsonNode cut(JsonNode result, String id) {
        return result.path("segmentsToRemove").valueStream().filter(c -> c.path("id").asString().equals(id))
                .findFirst().orElse(null);
    }

    private static String export(String format) throws Exception {
        return server.get(session, "/api/export/" + jobId + "/" + format).body();
    }

    private static void resetAll() throws Exception {
        ok("{\"changes\": [{\"cutId\": \"" + pauseId + "\", \"reset\": true, \"decision\": \"accepted\"},"
                + "{\"cutId\": \"r-one\", \"reset\": true}, {\"cutId\": \"r-two\", \"reset\": true}]}");
        assertThat(results()).isEqualTo(original);
    }

    @Test
    void editsAndDecisionsOfOneBatchReachEveryExport() throws Exception {
        JsonNode answer = ok("""
                {"changes": [
                  {"cutId": "%s", "start": 2.4, "end": 3.2},
                  {"cutId": "r-one", "start": 6.0, "end": 7.0, "category": "false_start"},
                  {"cutId": "r-one", "decision": "accepted"}]}""".formatted(pauseId));
        assertThat(answer.path("cuts").valueStream().map(c -> c.path("id").asString())).containsExactly(pauseId, "r-one");
        assertThat(answer.path("gone")).isEmpty();
        assertThat(answer.path("summary").path("timeRemoved").asDouble()).isEqualTo(1.8);

        JsonNode result = results();
        assertThat(cut(result, pauseId).path("edit").asString()).isEqualTo("adjusted");
        assertThat(cut(result, pauseId).path("start").asDouble()).isEqualTo(2.4);
        JsonNode added = cut(result, "r-one");
        assertThat(added.path("edit").asString()).isEqualTo("added");
        assertThat(added.path("source").asString()).isEqualTo("reviewer");
        assertThat(added.path("category").asString()).isEqualTo("false_start");
        // The EDL keeps 0-2.4, 3.2-6 and 7-10 s: at 25 fps, frames 0-60, 80-150, 175-250.
        assertThat(export("edl")).contains("00:00:00:00 00:00:02:10", "00:00:03:05 00:00:06:00", "00:00:07:00 00:00:10:00");
        assertThat(export("csv")).contains("r-one,6.000,7.000,").contains(",false_start,1.000,reviewer,");
        assertThat(TestServer.JSON.readTree(export("json")).path("segmentsToRemove").valueStream()
                .map(c -> c.path("edit").asString(""))).contains("adjusted", "added");

        // Rejecting the added cut takes it out of the EDL, as any rejected cut.
        ok("{\"changes\": [{\"cutId\": \"r-one\", \"decision\": \"rejected\"}]}");
        assertThat(export("edl")).contains("00:00:03:05 00:00:10:00");
        resetAll();
    }

    @Test
    void aCutToReviewStaysInTheEditUntilItIsAcceptedAloneOrInABatchAndUndoPutsItBack() throws Exception {
        String accepted = export("edl");
        int cuts = original.path("summary").path("cutCount").asInt();
        // A person (or the analysis) leaves the pause to review: proposed, not applied.
        JsonNode answer = ok("{\"changes\": [{\"cutId\": \"" + pauseId + "\", \"decision\": \"review\"}]}");
        assertThat(answer.path("cuts").get(0).path("decision").asString()).isEqualTo("review");
        assertThat(answer.path("summary").path("cutCount").asInt()).isEqualTo(cuts - 1);
        assertThat(answer.path("summary").path("finalDuration").asDouble())
                .as("its time counts as kept").isEqualTo(original.path("summary").path("finalDuration").asDouble()
                        + cut(original, pauseId).path("duration").asDouble(), offset(0.0015));
        assertThat(export("csv")).doesNotContain(pauseId);
        assertThat(export("edl")).isNotEqualTo(accepted).contains("00:00:00:00 00:00:10:00");
        assertThat(cut(TestServer.JSON.readTree(export("json")), pauseId).path("decision").asString()).isEqualTo("review");

        // Accepted with the one-cut route, it is cut; put back to review the same way, it is not.
        HttpResponse<String> accept = server.send(server.request(session, "/api/videos/" + jobId + "/segments/" + pauseId)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"decision\": \"accepted\"}")).build());
        assertThat(accept.statusCode()).as(accept.body()).isEqualTo(200);
        assertThat(export("edl")).isEqualTo(accepted);
        HttpResponse<String> back = server.send(server.request(session, "/api/videos/" + jobId + "/segments/" + pauseId)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"decision\": \"review\"}")).build());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(TestServer.JSON.readTree(back.body()).path("decision").asString()).isEqualTo("review");
        assertThat(cut(results(), pauseId).path("decision").asString()).isEqualTo("review");

        // A bulk decision over it and a cut of the reviewer's, then its undo: the earlier states sent back.
        ok("""
                {"changes": [
                  {"cutId": "r-two", "start": 6.0, "end": 7.0, "category": "technical", "decision": "review"},
                  {"cutId": "%s", "decision": "accepted"}, {"cutId": "r-two", "decision": "accepted"}]}""".formatted(pauseId));
        assertThat(cut(results(), "r-two").path("decision").asString()).isEqualTo("accepted");
        assertThat(export("csv")).contains(pauseId + ",").contains("r-two,");
        ok("""
                {"changes": [{"cutId": "%s", "decision": "review"}, {"cutId": "r-two", "decision": "review"}]}"""
                .formatted(pauseId));
        JsonNode undone = results();
        assertThat(cut(undone, pauseId).path("decision").asString()).isEqualTo("review");
        assertThat(cut(undone, "r-two").path("decision").asString()).isEqualTo("review");
        assertThat(export("csv")).doesNotContain(pauseId).doesNotContain("r-two");
        assertThat(export("edl")).contains("00:00:00:00 00:00:10:00");
        resetAll();
    }

    @Test
    void splitMergeAndTheirUndoAreWholeStatesOfTheCutsTheyTouch() throws Exception {
        JsonNode pause = cut(original, pauseId);
        double start = pause.path("start").asDouble();
        double end = pause.path("end").asDouble();
        // Split at 2.8 s: the second part takes the first's finding.
        ok("""
                {"changes": [{"cutId": "%s", "start": %s, "end": 2.8},
                             {"cutId": "r-two", "start": 2.8, "end": %s, "category": "pause", "like": "%s"}]}"""
                .formatted(pauseId, start, end, pauseId));
        JsonNode second = cut(results(), "r-two");
        assertThat(second.path("source").asString()).isEqualTo("local");
        assertThat(second.path("confidence").asDouble()).isEqualTo(pause.path("confidence").asDouble());
        assertThat(second.path("edit").asString()).isEqualTo("added");

        // Merge them again: the first covers both, the second leaves the list.
        JsonNode merged = ok("""
                {"changes": [{"cutId": "%s", "start": %s, "end": %s}, {"cutId": "r-two", "removed": true}]}"""
                .formatted(pauseId, start, end));
        assertThat(merged.path("gone").valueStream().map(JsonNode::asString)).containsExactly("r-two");
        assertThat(cut(results(), "r-two")).isNull();
        assertThat(cut(results(), pauseId).path("edit").isMissingNode()).as("back where the analysis had it").isTrue();

        // Undoing the merge sends the earlier states: the second part comes back as it was made.
        ok("""
                {"changes": [{"cutId": "%s", "start": %s, "end": 2.8},
                             {"cutId": "r-two", "start": 2.8, "end": %s, "category": "pause"}]}"""
                .formatted(pauseId, start, end));
        assertThat(cut(results(), "r-two").path("source").asString()).isEqualTo("local");

        // A cut made and merged away before the page could save it arrives as its last state, removed: moot.
        JsonNode moot = ok("{\"changes\": [{\"cutId\": \"r-never\", \"removed\": true}]}");
        assertThat(moot.path("gone").valueStream().map(JsonNode::asString)).containsExactly("r-never");
        assertThat(cut(results(), "r-never")).isNull();
        resetAll();
    }

    @Test
    void aBadChangeIsRefusedWithItsReasonAndNothingOfItsBatchIsSaved() throws Exception {
        record Bad(String body, int status, String message) {
        }
        String valid = "{\"cutId\": \"" + pauseId + "\", \"decision\": \"rejected\"}, ";
        List<Bad> bad = List.of(
                new Bad("", 400, "holds no changes"),
                new Bad("{\"changes\": []}", 400, "holds no changes"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"s-9999\", \"decision\": \"rejected\"}]}", 404, "s-9999"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"" + pauseId + "\", \"start\": 3, \"end\": 2}]}", 400,
                        "must end after it starts"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"r-x\", \"start\": 12, \"end\": 13, \"category\": \"pause\"}]}",
                        400, "the recording runs from 0 to 10"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"r-x\", \"start\": 4, \"end\": 5}]}", 400,
                        "say what it is with a \"category\""),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"r-x\", \"start\": 4, \"end\": 5, \"category\": \"um\"}]}",
                        400, "Categories: pause, filler_words"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"r-x\", \"start\": 4, \"end\": 5, \"like\": \"s-404\"}]}",
                        404, "s-404"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"" + pauseId + "\", \"decision\": \"maybe\"}]}", 400,
                        "must be one of accepted, rejected"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"../etc\", \"decision\": \"rejected\"}]}", 400,
                        "\"cutId\" of 1 to 40 letters"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"" + pauseId + "\", \"reset\": true, \"start\": 1, \"end\": 2}]}",
                        400, "more than one of"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"" + pauseId + "\"}]}", 400, "changes nothing"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"" + pauseId + "\", \"start\": 2, \"end\": 3, "
                        + "\"category\": \"pause\"}]}", 400, "one the analysis found"),
                new Bad("{\"changes\": [" + valid + "{\"cutId\": \"" + pauseId + "\", \"start\": 2}]}", 400,
                        "needs both \"start\" and \"end\""),
                new Bad("{\"changes\": {\"cutId\": 1}", 400, "not valid JSON"));
        for (Bad b : bad) {
            HttpResponse<String> r = review(b.body());
            assertThat(r.statusCode()).as(b.body() + " -> " + r.body()).isEqualTo(b.status());
            assertThat(TestServer.JSON.readTree(r.body()).path("message").asString()).as(b.body()).contains(b.message());
        }
        assertThat(results()).as("the valid change before each bad one was not saved either").isEqualTo(original);

        String other = server.newSession();
        assertThat(server.send(server.request(other, "/api/videos/" + jobId + "/review")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"changes\": [" + valid.substring(0, valid.length() - 2) + "]}"))
                .build())
                .statusCode()).as("another session's job").isEqualTo(404);
    }

    @Test
    void theWaveformIsMeasuredOnceKeptAndSharedWithTheLink() throws Exception {
        HttpResponse<String> first = server.get(session, "/api/videos/" + jobId + "/waveform");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
        JsonNode wave = TestServer.JSON.readTree(first.body());
        assertThat(wave.path("frameSeconds").asDouble()).isEqualTo(0.01);
        byte[] levels = Base64.getDecoder().decode(wave.path("levels").asString());
        assertThat(levels.length).isBetween(990, 1010);
        assertThat(Byte.toUnsignedInt(levels[100])).as("the tone at 1 s").isGreaterThan(150);
        assertThat(Byte.toUnsignedInt(levels[280])).as("faint noise at 2.8 s").isLessThan(20);
        JsonNode silence = wave.path("silences").valueStream().filter(s -> s.path("start").asDouble() < 2.8
                && s.path("end").asDouble() > 2.8).findFirst().orElseThrow();
        assertThat(silence.path("start").asDouble()).isCloseTo(2.0, offset(0.03));
        assertThat(silence.path("end").asDouble()).isCloseTo(3.5, offset(0.03));
        // The cut's edges sit the margin inside the silence the waveform reports.
        JsonNode pause = cut(original, pauseId);
        assertThat(pause.path("start").asDouble() - silence.path("start").asDouble()).isCloseTo(0.2,
                offset(0.011));

        BlobStore blobs = server.bean(BlobStore.class);
        assertThat(blobs.size("jobs/" + jobId + "/waveform.json")).isPresent();
        assertThat(server.get(session, "/api/videos/" + jobId + "/waveform").body()).isEqualTo(first.body());

        JsonNode share = TestServer.JSON.readTree(server.send(server.request(session, "/api/videos/" + jobId + "/share")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body());
        String token = share.path("token").asString();
        assertThat(server.get(null, "/api/shared/" + token + "/waveform").body()).isEqualTo(first.body());
        assertThat(server.get(null, "/api/shared/" + token + "/export/edl").body()).isEqualTo(export("edl"));
        assertThat(server.get(null, "/api/shared/" + token + "/export/docx").statusCode()).isEqualTo(404);
        server.send(server.request(session, "/api/videos/" + jobId + "/share").DELETE().build());
        assertThat(server.get(null, "/api/shared/" + token + "/waveform").statusCode()).isEqualTo(404);
        assertThat(server.get(null, "/api/shared/" + token + "/export/edl").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownAddressesGetAPageAndTheApiAnswersJson() throws Exception {
        // What a browser asks for; a program that does not ask for a page gets the error as JSON.
        HttpResponse<String> page = server.send(server.request(null, "/no/such/page")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("There is no page at this address").contains("href=\"/\"");
        HttpResponse<String> api = server.get(session, "/api/no/such/thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(TestServer.JSON.readTree(api.body()).path("error").asString()).isEqualTo("not_found");
        HttpResponse<String> icon = server.get(null, "/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(server.get(null, "/favicon.svg").body()).startsWith("<svg");
        assertThat(server.get(null, "/api/openapi").body()).contains("/api/videos/{jobId}/review",
                "/api/videos/{jobId}/waveform", "/api/shared/{token}/export/{format}");
        HttpResponse<String> missing = server.get(session, "/api/videos/00000000-0000-4000-8000-000000000000/status");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).as("no internal id in the message").doesNotContain("00000000-0000");
    }
}
