package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.export.ExportFormat;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzeCommandIntegrationTests {

    @TempDir
    static Path dir;
    static Path talk;

    @BeforeAll
    static void makeTalk() {
        talk = DemoVideo.write(TestMedia.ffmpeg(), dir.resolve("talk.mp4"));
    }

    @Test
    void findsThePausesDeadAirAndFaultsOfATalk() throws IOException {
        Path json = dir.resolve("talk.json");
        CommandRun run = CommandRun.of("analyze", talk, "-o", json, "--progress", "lines");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("roughcut: analyze").contains("chunks 1/1");
        JsonNode result = JsonMapper.shared().readTree(json.toFile());
        List<JsonNode> cuts = list(result.get("segmentsToRemove"));
        assertCut(cuts, "dead_air", 0.0, 1.3);
        assertCut(cuts, "pause", 6.2, 7.8);
        assertCut(cuts, "pause", 16.2, 19.3);
        assertCut(cuts, "pause", 24.2, 25.3);
        assertCut(cuts, "dead_air", 31.2, 33.0);
        assertThat(cuts).as("the 0.6 s gap at 12.0 s is shorter than --min-pause")
                .noneMatch(c -> c.get("start").asDouble() > 11 && c.get("end").asDouble() < 13);
        assertThat(cuts).anyMatch(c -> c.get("category").asString().equals("technical")
                && Math.abs(c.get("start").asDouble() - 16.5) < 0.1 && c.get("reason").asString().contains("black"));
        assertThat(cuts).anyMatch(c -> c.get("category").asString().equals("technical")
                && Math.abs(c.get("start").asDouble() - 26.0) < 0.15 && c.get("reason").asString().contains("frozen"));
        assertThat(result.at("/source/fileName").asString()).isEqualTo("talk.mp4");
        assertThat(result.at("/source/normalized").asString()).isEqualTo("as-is");
        assertThat(result.at("/summary/originalDuration").asDouble()).isCloseTo(33.0, within(0.05));
        assertThat(result.at("/processing/analyzer").asString()).isEqualTo("local");
    }

    @Test
    void cutsTheLongSilenceOfARealRecordingAndKeepsItsSpeech() throws IOException {
        // Real speech from the auto-editor project; it lives beside the repository, not in a user's clone.
        Path example = Path.of("../shared/media/auto-editor-example.mp4");
        Assumptions.assumeTrue(Files.exists(example), "the shared sample " + example + " is not on this machine");
        Path json = dir.resolve("example.json");

        CommandRun run = CommandRun.of("analyze", example, "-o", json, "--progress", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> cuts = list(JsonMapper.shared().readTree(json.toFile()).get("segmentsToRemove"));
        assertThat(cuts).as("the silence from about 17.3 s to 40.0 s is one cut: %s", cuts).anyMatch(c ->
                c.get("start").asDouble() < 18.0 && c.get("end").asDouble() > 39.5);
        assertThat(cuts).as("the speech from 1.3 s to 17.3 s is kept: %s", cuts).noneMatch(c ->
                c.get("end").asDouble() > 2.0 && c.get("start").asDouble() < 16.5 && c.get("duration").asDouble() > 1.5);
    }

    @Test
    void withoutPictureChecksOnlyTheSoundIsJudged() throws IOException {
        Path json = dir.resolve("sound-only.json");
        CommandRun run = CommandRun.of("analyze", talk, "-o", json, "--progress", "none", "--picture-checks", "off");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> cuts = list(JsonMapper.shared().readTree(json.toFile()).get("segmentsToRemove"));
        assertThat(cuts).noneMatch(c -> c.get("category").asString().equals("technical"));
        assertCut(cuts, "pause", 16.2, 19.3);
    }

    @Test
    void writesCsvAndEdlExports() throws IOException {
        Path edl = dir.resolve("talk.edl");
        CommandRun run = CommandRun.of("analyze", talk, "--export", "edl", "-o", edl, "--progress", "none");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(edl);
        assertThat(text).startsWith("TITLE:").contains("FCM: NON-DROP FRAME");
        // The first kept part starts where the leading dead air ends, 1.3 s in: frame 32 or 33 at 25 fps.
        assertThat(text).containsPattern("001 .* 00:00:01:0[78] ");

        Path csv = dir.resolve("talk.csv");
        assertThat(CommandRun.of("analyze", talk, "--export", "CSV", "-o", csv, "--progress", "none").exitCode()).isZero();
        assertThat(Files.readAllLines(csv).getFirst()).startsWith("id,start,end,duration");
    }

    @Test
    void everyFormatOfTheRegistryIsExportedAndNamesTheRecording() throws IOException {
        for (ExportFormat format : ExportFormat.cutListFormats()) {
            Path out = dir.resolve("every." + format.id() + "." + format.extension());
            CommandRun run = CommandRun.of("analyze", talk, "--export", format.id(), "-o", out, "--progress", "none",
                    "--picture-checks", "off");

            assertThat(run.exitCode()).as("%s: %s", format, run.err()).isZero();
            String text = Files.readString(out);
            // The subtitle cues and the CSV rows are the cuts; every other format names the recording.
            String expected = switch (format) {
                case CSV -> ",pause,";
                case SRT -> "Pause: ";
                default -> "talk";
            };
            assertThat(text).as(format.id()).contains(expected);
        }
        assertThat(Files.readString(dir.resolve("every.fcpxml-1.10.fcpxml"))).contains("<fcpxml version=\"1.10\">")
                .contains("src=\"file://" + talk.toAbsolutePath().toString().replace(" ", "%20") + "\"");
        assertThat(Files.readString(dir.resolve("every.xmeml.xml"))).contains("<xmeml version=\"5\">");
        assertThat(Files.readString(dir.resolve("every.vtt.vtt"))).startsWith("WEBVTT");
    }

    @Test
    void rendersTheCutVideoBesideTheExportToTheFrame() throws IOException {
        Path json = dir.resolve("rendered.json");
        Path video = dir.resolve("talk-cut.mp4");

        CommandRun run = CommandRun.of("analyze", talk, "-o", json, "--render", video, "--progress", "lines",
                "--picture-checks", "off");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("roughcut: render ").contains("wrote " + video);
        JsonNode result = JsonMapper.shared().readTree(json.toFile());
        double fps = 25;
        long expected = 0;
        double from = 0;
        for (JsonNode cut : result.get("segmentsToRemove")) {
            expected += Math.round(cut.get("start").asDouble() * fps) - Math.round(from * fps);
            from = cut.get("end").asDouble();
        }
        expected += Math.round(result.at("/source/durationSeconds").asDouble() * fps) - Math.round(from * fps);
        String frames = TestMedia.ffmpeg().ffprobe(List.of("-select_streams", "v:0", "-count_frames", "-show_entries",
                "stream=nb_read_frames", "-of", "csv=p=0", video.toString()), java.time.Duration.ofMinutes(1)).stdout();
        assertThat(Long.parseLong(frames.strip())).as("frames of the cut video").isEqualTo(expected);

        Path viaExport = dir.resolve("via-export.mp4");
        CommandRun export = CommandRun.of("analyze", talk, "--export", "mp4", "-o", viaExport, "--progress", "none",
                "--picture-checks", "off", "--crossfade", "0");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).as("a video is not written to stdout").isEmpty();
        assertThat(viaExport).isNotEmptyFile();
    }

    @Test
    void theHelpListsEveryFormatWithTheEditorsItIsFor() {
        CommandRun help = CommandRun.of("analyze", "--help");

        assertThat(help.exitCode()).isZero();
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(help.out()).contains("  " + format.id() + " ").contains(format.label() + ", ." + format.extension());
        }
        assertThat(help.out()).contains("Premiere Pro").contains("Shotcut").contains("--render");
    }

    @Test
    void aRenderThatCannotBeMadeIsRefusedBeforeTheAnalysis() {
        CommandRun noTarget = CommandRun.of("analyze", talk, "--export", "mp4");
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noTarget.err()).contains("-o OUT.mp4");

        CommandRun overwrite = CommandRun.of("analyze", talk, "--render", talk, "--progress", "none");
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(overwrite.err()).contains("would overwrite the recording");
        assertThat(talk).isNotEmptyFile();

        CommandRun crossfade = CommandRun.of("analyze", talk, "--render", dir.resolve("x.mp4"), "--crossfade", "-1");
        assertThat(crossfade.exitCode()).isEqualTo(2);
        assertThat(crossfade.err()).contains("--crossfade");
    }

    @Test
    void badMediaExitsWithThreeAndOneLine() throws IOException {
        Path fake = Files.writeString(dir.resolve("notes.mp4"), "these are my notes, not a video");

        CommandRun run = CommandRun.of("analyze", fake, "--progress", "none");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip().lines()).hasSize(1).allMatch(line -> line.startsWith("roughcut: "));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();

        CommandRun missing = CommandRun.of("analyze", dir.resolve("nowhere.mov"), "--progress", "none");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("nowhere.mov");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() {
        assertThat(CommandRun.of("analyze").exitCode()).isEqualTo(2);
        CommandRun format = CommandRun.of("analyze", talk, "--export", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("Unknown export format 'pdf'").contains("fcpxml-1.10, xmeml, mlt");
        CommandRun margin = CommandRun.of("analyze", talk, "--margin", "0.6");
        assertThat(margin.exitCode()).isEqualTo(2);
        assertThat(margin.err()).contains("--margin");
        CommandRun size = CommandRun.of("analyze", talk, "--chunk-size", "huge");
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("500MB");
        assertThat(CommandRun.of("analyze", talk, "--parallel", "0").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    static void assertCut(List<JsonNode> cuts, String category, double start, double end) {
        assertThat(cuts).as("a %s cut from %.2f to %.2f in %s", category, start, end, cuts)
                .anyMatch(c -> c.get("category").asString().equals(category)
                        && Math.abs(c.get("start").asDouble() - start) <= 0.05
                        && Math.abs(c.get("end").asDouble() - end) <= 0.05);
    }
}
