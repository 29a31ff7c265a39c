package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends real requests to a running server and checks both sides of each exchange against the server's own
 * OpenAPI document, with Atlassian's validator (nobody here wrote it): the path, parameters, security and body
 * of the request, and the status, headers and body of the answer. A deliberately wrong request is checked on
 * its answer only. Not thread-safe.
 */
final class ApiContract {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final TestServer server;
    private final OpenApiInteractionValidator validator;
    private final List<String> checked = new ArrayList<>();

    ApiContract(TestServer server) throws Exception {
        this.server = server;
        String document = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("/api/openapi"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        // Kept for whoever reads a failure: the document the answers were checked against.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    /** One exchange to send and check. */
    Exchange call(String method, String path) {
        return new Exchange(method, path);
    }

    /** "METHOD path -> status" of every exchange checked so far. */
    List<String> checked() {
        return checked;
    }

    final class Exchange {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private boolean requestIsValid = true;

        private Exchange(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Exchange header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Exchange session(String token) {
            return header(CurrentSession.HEADER, token);
        }

        Exchange json(String json) {
            header("Content-Type", "application/json");
            return body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Exchange body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        /** The request is wrong on purpose, to see the error answer: only the answer is checked. */
        Exchange invalid() {
            requestIsValid = false;
            return this;
        }

        /** Sends it, checks the status and the contract, and returns the answer. */
        HttpResponse<byte[]> expect(int status) throws Exception {
            HttpRequest.Builder real = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(real::header);
            HttpResponse<byte[]> answer = HTTP.send(real.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as("%s %s: %s", method, path, new String(answer.body())).isEqualTo(status);

            SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
            answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
            if (answer.body().length > 0 && !method.equals("HEAD")) {
                response.withBody(answer.body());
            }
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, URI.create(path).getPath());
            String query = URI.create(path).getQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    String[] kv = pair.split("=", 2);
                    request.withQueryParam(kv[0], kv.length == 2 ? kv[1] : "");
                }
            }
            headers.forEach(request::withHeader);
            if (body != null) {
                request.withBody(body);
            }
            ValidationReport report = requestIsValid ? validator.validate(request.build(), response.build())
                    : validator.validateResponse(URI.create(path).getPath(), Request.Method.valueOf(method), response.build());
            assertThat(report.getMessages()).as("%s %s answered %d: %s", method, path, status, new String(answer.body()))
                    .filteredOn(m -> m.getLevel() == ValidationReport.Level.ERROR).isEmpty();
            checked.add(method + " " + URI.create(path).getPath() + " -> " + status);
            return answer;
        }
    }
}
