package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.export.ExportFormat;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * Every export format through the API, for the session's job and through its share link: the list the pages
 * use, the file's media type, a download name that is the person's file name with the format's extension,
 * rejected cuts left out, and the formats listed in OpenAPI.
 */
class ExportApiIntegrationTests {

    private static final String FILE_NAME = "Ünï talk (final).mp4";

    @RegisterExtension
    static final RunningServer running = new RunningServer();
    static TestServer server;
    static String session;
    static String jobId;
    static String rejected;
    static JsonNode results;

    @BeforeAll
    static void uploadAndReview() throws Exception {
        server = running.server();
        session = server.newSession();
        Path video = TestVideos.withTwoPauses(running.dir(), 8);
        HttpResponse<String> upload = server.send(Multipart.file("file", FILE_NAME, Files.readAllBytes(video))
                .post(server.request(session, "/api/videos/upload")).build());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        jobId = TestServer.JSON.readTree(upload.body()).path("jobId").asString();
        assertThat(server.awaitFinished(session, jobId, Duration.ofSeconds(90)).path("status").asString())
                .isEqualTo("complete");
        JsonNode cuts = server.getJson(session, "/api/videos/" + jobId + "/results").path("segmentsToRemove");
        assertThat(cuts.size()).as("the two pauses").isGreaterThanOrEqualTo(2);
        rejected = cuts.get(0).path("id").asString();
        HttpResponse<String> reject = server.send(server.request(session, "/api/videos/" + jobId + "/segments/" + rejected)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"decision\":\"rejected\"}")).build());
        assertThat(reject.statusCode()).isEqualTo(200);
        results = server.getJson(session, "/api/videos/" + jobId + "/results");
    }

    @Test
    void thePagesListIsTheRegistrysAndNeedsNoSession() throws Exception {
        HttpResponse<String> list = server.get(null, "/api/export/formats");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Set-Cookie")).as("no session is made for it").isEmpty();
        List<String> ids = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        TestServer.JSON.readTree(list.body()).forEach(f -> {
            ids.add(f.path("id").asString());
            assertThat(f.path("forEditors").asString()).isNotBlank();
            if (f.path("rendered").asBoolean()) {
                rendered.add(f.path("id").asString());
            }
        });
        assertThat(ids).containsExactlyElementsOf(Arrays.stream(ExportFormat.values()).map(ExportFormat::id).toList());
        assertThat(rendered).as("the cut video, rendered before it downloads").containsExactly("mp4");
    }

    @Test
    void everyFormatDownloadsAsTheUsersFileNameAndLeavesTheRejectedCutOut() throws Exception {
        for (ExportFormat format : ExportFormat.cutListFormats()) {
            HttpResponse<String> r = server.get(session, "/api/export/" + jobId + "/" + format.id());

            assertThat(r.statusCode()).as("%s: %s", format, r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(format.id())
                    .startsWith(format.contentType().split(";")[0]);
            assertThat(downloadName(r)).isEqualTo("Ünï talk (final)." + format.extension());
            assertThat(r.body()).isNotBlank();
            if (format.contentType().startsWith("application/xml")) {
                Document doc = parse(r.body());
                assertThat(doc.getDocumentElement().getTagName()).isIn("fcpxml", "xmeml", "mlt");
            }
            if (format != ExportFormat.JSON) {
                assertThat(r.body()).as("%s names no internal path", format).doesNotContain(running.data().toString())
                        .doesNotContain("normalized.mp4");
            }
        }
        String vtt = server.get(session, "/api/export/" + jobId + "/vtt").body();
        assertThat(vtt).doesNotContain(rejected);
        long kept = results.path("segmentsToRemove").valueStream()
                .filter(c -> c.path("decision").asString().equals("accepted")).count();
        assertThat(vtt.split(" --> ", -1).length - 1).as("a cue per accepted cut").isEqualTo(kept);
        Document fcpxml = parse(server.get(session, "/api/export/" + jobId + "/fcpxml").body());
        assertThat(fcpxml.getElementsByTagName("media-rep").item(0).getAttributes().getNamedItem("src").getNodeValue())
                .as("the upload's own name").isEqualTo("file:///%C3%9Cn%C3%AF%20talk%20%28final%29.mp4");
        assertThat(parse(server.get(session, "/api/export/" + jobId + "/fcpxml-1.10").body()).getDocumentElement()
                .getAttribute("version")).isEqualTo("1.10");
    }

    @Test
    void theShareLinkExportsTheSameFilesWithoutASession() throws Exception {
        JsonNode share = TestServer.JSON.readTree(server.send(server.request(session, "/api/videos/" + jobId + "/share")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body());
        String token = share.path("token").asString();

        for (String format : List.of("edl", "xmeml", "srt")) {
            HttpResponse<String> shared = server.get(null, "/api/shared/" + token + "/export/" + format);
            assertThat(shared.statusCode()).isEqualTo(200);
            assertThat(shared.body()).isEqualTo(server.get(session, "/api/export/" + jobId + "/" + format).body());
        }
        assertThat(server.get(null, "/api/shared/not-a-token/export/edl").statusCode()).isEqualTo(404);
    }

    @Test
    void theRenderedVideoStartsRenderingAndUnknownFormatsAreNotFoundWithTheList() throws Exception {
        HttpResponse<String> mp4 = server.get(session, "/api/export/" + jobId + "/mp4");
        assertThat(mp4.statusCode()).as("rendering, or rendered already: %s", mp4.body()).isIn(200, 202);
        if (mp4.statusCode() == 202) {
            assertThat(TestServer.JSON.readTree(mp4.body()).path("state").asString()).isIn("queued", "rendering");
        }
        HttpResponse<String> shouting = server.get(session, "/api/export/" + jobId + "/MP4");
        assertThat(shouting.statusCode()).isEqualTo(404);
        assertThat(shouting.body()).contains("/mp4, in lower case");

        HttpResponse<String> docx = server.get(session, "/api/export/" + jobId + "/docx");
        assertThat(docx.statusCode()).isEqualTo(404);
        assertThat(docx.body()).contains("fcpxml-1.10, xmeml, mlt, srt, vtt");
        assertThat(server.get(server.newSession(), "/api/export/" + jobId + "/edl").statusCode())
                .as("another session's job").isEqualTo(404);
    }

    @Test
    void openApiListsTheFormatsOfTheExportRoutes() throws Exception {
        JsonNode api = TestServer.JSON.readTree(server.get(null, "/api/openapi").body());

        for (String route : List.of("/api/export/{jobId}/{format}", "/api/shared/{token}/export/{format}")) {
            List<String> allowed = new ArrayList<>();
            api.path("paths").path(route).path("get").path("parameters").valueStream()
                    .filter(p -> p.path("name").asString().equals("format"))
                    .forEach(p -> p.path("schema").path("enum").forEach(e -> allowed.add(e.asString())));
            assertThat(allowed).as(route).containsExactly("json", "csv", "edl", "fcpxml", "fcpxml-1.10", "xmeml", "mlt",
                    "srt", "vtt");
        }
        assertThat(api.path("paths").has("/api/export/formats")).isTrue();
    }

    private static String downloadName(HttpResponse<String> r) {
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).startsWith("attachment");
        int star = disposition.indexOf("filename*=UTF-8''");
        assertThat(star).as(disposition).isPositive();
        String encoded = disposition.substring(star + "filename*=UTF-8''".length()).split(";")[0];
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
