package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.gemini.fake.FakeGeminiServer;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged {@code target/roughcut.jar}, run as a user runs it, in its own process. */
class RoughcutJarIntegrationTests {

    private static final Path JAR = Path.of("target/roughcut.jar");

    @TempDir
    static Path dir;
    static Path talk;

    @BeforeAll
    static void makeTalk() {
        assertThat(JAR).as("failsafe runs after the jar is packaged").isRegularFile();
        talk = DemoVideo.write(TestMedia.ffmpeg(), dir.resolve("talk.mp4"));
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run roughcut(Map<String, String> env, Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("GEMINI_") || k.startsWith("GOOGLE_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("roughcut finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theReadmesRunCommandMakesASampleAndShowsItsCuts() throws Exception {
        Path demoDir = dir.resolve("demo");
        Run run = roughcut(Map.of(), "demo", "--dir", demoDir);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dead_air").contains("pause").contains("frozen video")
                .containsPattern("\\d+ cuts remove \\d+\\.\\d s of 33\\.0 s");
        assertThat(demoDir.resolve("result.json")).isRegularFile();
        assertThat(demoDir.resolve("result.edl")).isRegularFile();
        assertThat(demoDir.resolve("result.csv")).isRegularFile();
    }

    @Test
    void serveStartsTheWebAppOnTheEmbeddedDefaults() throws Exception {
        Path data = dir.resolve("serve-data");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--port", "0", "--data", data.toString(), "--roughcut.management.token=jar-test");
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            assertThat(line).as("the first line says where to go").startsWith("Roughcut is running: open http://localhost:");
            String base = line.replaceAll(".*(http://localhost:\\d+).*", "$1");
            var http = java.net.http.HttpClient.newHttpClient();
            var home = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Roughcut");
            var health = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/actuator/health"))
                    .header("Authorization", "Bearer jar-test").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"ffmpeg\"").contains("\"db\"").contains("\"blobStore\"")
                    .contains("\"dataDisk\"");
            assertThat(data.resolve("db")).isDirectory();
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    @Test
    void geminiAnalysesAVideoInSeveralChunksAgainstTheFakeServer() throws Exception {
        try (FakeGeminiServer gemini = FakeGeminiServer.start("test-key")) {
            Run run = roughcut(Map.of("GEMINI_API_KEY", "test-key", "GOOGLE_GEMINI_BASE_URL", gemini.baseUrl()),
                    "analyze", talk, "--analyzer", "gemini", "--chunk-size", "640KB", "--progress", "none");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode result = JsonMapper.shared().readTree(run.out());
            assertThat(result.at("/processing/analyzer").asString()).isEqualTo("gemini");
            assertThat(result.at("/processing/totalChunks").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(result.at("/processing/failedChunks").asInt()).isZero();
            assertThat(result.at("/processing/usage/videoTokens").asLong()).isPositive();
            assertThat(result.at("/processing/usage/costUsd").asDouble()).isPositive();
            List<JsonNode> cuts = AnalyzeCommandIntegrationTests.list(result.get("segmentsToRemove"));
            assertThat(cuts).allMatch(c -> c.get("source").asString().equals("gemini"));
            // The fake model hears the talk's real 3.5 s silence from 16.0 s, which spans a chunk boundary.
            assertThat(cuts).anyMatch(c -> c.get("start").asDouble() < 16.6 && c.get("end").asDouble() > 18.9);
            assertThat(gemini.storedFiles()).as("every uploaded chunk was deleted").isZero();
        }
    }

    @Test
    void hybridMarksWhereEachCutCameFrom() throws Exception {
        try (FakeGeminiServer gemini = FakeGeminiServer.start("test-key")) {
            Run run = roughcut(Map.of("GEMINI_API_KEY", "test-key", "GOOGLE_GEMINI_BASE_URL", gemini.baseUrl()),
                    "analyze", talk, "--analyzer", "hybrid", "--progress", "none");

            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode result = JsonMapper.shared().readTree(run.out());
            assertThat(result.at("/processing/analyzer").asString()).isEqualTo("hybrid");
            List<String> sources = AnalyzeCommandIntegrationTests.list(result.get("segmentsToRemove")).stream()
                    .map(c -> c.get("source").asString()).toList();
            assertThat(sources).contains("local+gemini").contains("local");
        }
    }

    @Test
    void geminiWithoutAKeySaysWhatToSet() throws Exception {
        Run run = roughcut(Map.of(), "analyze", talk, "--analyzer", "gemini", "--progress", "none");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("GEMINI_API_KEY");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void brokenMediaExitsWithThree() throws Exception {
        byte[] head = new byte[4096];
        try (var in = Files.newInputStream(talk)) {
            in.readNBytes(head, 0, head.length);
        }
        Path truncated = Files.write(dir.resolve("truncated.mp4"), head);

        Run run = roughcut(Map.of(), "analyze", truncated, "--progress", "none");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip().lines()).hasSize(1).allMatch(l -> l.startsWith("roughcut: "));
        assertThat(run.out()).isEmpty();
    }
}
