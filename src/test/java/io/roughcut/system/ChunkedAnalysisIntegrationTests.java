package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Analysing a video in chunks must give the same cut list as analysing it whole. */
class ChunkedAnalysisIntegrationTests {

    private static final double TOLERANCE = 0.05;

    @TempDir
    static Path dir;
    static JsonNode whole;

    @BeforeAll
    static void analyseWhole() throws IOException {
        Path talk = DemoVideo.write(TestMedia.ffmpeg(), dir.resolve("talk.mp4"));
        whole = analyse(talk, "whole.json");
        assertThat(whole.at("/processing/totalChunks").asInt()).isEqualTo(1);
    }

    @Test
    void smallChunksGiveTheSameCutsAsTheWholeVideo() throws IOException {
        JsonNode chunked = analyse(dir.resolve("talk.mp4"), "chunked.json", "--chunk-size", "384KB");

        assertThat(chunked.at("/processing/totalChunks").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(chunked.at("/processing/boundaryMerges").asInt())
                .as("some cut spans a chunk boundary and was joined").isPositive();
        assertSameCuts(chunked, whole);
    }

    @Test
    void overlappingChunksGiveTheSameCutsAsTheWholeVideo() throws IOException {
        // A chunk's file holds its overlap too, so the chunks must be larger than a 2 s GOP plus 2 s.
        JsonNode overlapped = analyse(dir.resolve("talk.mp4"), "overlap.json", "--chunk-size", "640KB",
                "--overlap", "2");

        assertThat(overlapped.at("/processing/totalChunks").asInt()).isGreaterThanOrEqualTo(4);
        assertSameCuts(overlapped, whole);
    }

    private static JsonNode analyse(Path video, String name, String... extra) throws IOException {
        Path out = dir.resolve(name);
        List<Object> args = new java.util.ArrayList<>(List.of("analyze", video, "-o", out, "--progress", "none"));
        args.addAll(List.of((Object[]) extra));
        CommandRun run = CommandRun.of(args.toArray());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonMapper.shared().readTree(out.toFile());
    }

    private static void assertSameCuts(JsonNode actual, JsonNode expected) {
        List<JsonNode> got = AnalyzeCommandIntegrationTests.list(actual.get("segmentsToRemove"));
        List<JsonNode> want = AnalyzeCommandIntegrationTests.list(expected.get("segmentsToRemove"));
        assertThat(want).as("the whole video has cuts to compare").hasSizeGreaterThanOrEqualTo(5);
        assertThat(got).as("cuts in chunks %s%nwhole %s", got, want).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            JsonNode g = got.get(i);
            JsonNode w = want.get(i);
            assertThat(g.get("category").asString()).as("cut %d", i).isEqualTo(w.get("category").asString());
            assertThat(Math.abs(g.get("start").asDouble() - w.get("start").asDouble()))
                    .as("start of cut %d: %s vs %s", i, g, w).isLessThanOrEqualTo(TOLERANCE);
            assertThat(Math.abs(g.get("end").asDouble() - w.get("end").asDouble()))
                    .as("end of cut %d: %s vs %s", i, g, w).isLessThanOrEqualTo(TOLERANCE);
        }
    }
}
