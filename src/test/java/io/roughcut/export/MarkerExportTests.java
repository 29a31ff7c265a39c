package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SRT and WebVTT markers read back by FFmpeg's own subtitle demuxers (the browser's WebVTT parser reads them
 * in {@code ExportBrowserIntegrationTests}): one cue per accepted cut, at the cut's times, and nothing a
 * model or a speaker says can end a cue early or add one.
 */
class MarkerExportTests {

    @TempDir
    Path dir;

    private static CutList cutList() {
        return Results.of(3725.5,
                "30/1", Cut.of("s-0001", 1.25, 2.5, Category.PAUSE, "1.3 s silence", 0.9, null, SegmentSource.LOCAL,
                        List.of(0)),
                Cut.of("s-0002", 10.0, 11.0, Category.FILLER_WORDS, "filler\n\nwords --> here", 0.7,
                        "um <b>so</b> & uh", SegmentSource.GEMINI, List.of(0)),
                Cut.of("s-0003", 20.0, 21.0, Category.PAUSE, "rejected", 0.9, null, SegmentSource.LOCAL, List.of(0)),
                Cut.of("s-0004", 3723.004, 3725.5, Category.DEAD_AIR, "silence at the end", 1, null,
                        SegmentSource.LOCAL, List.of(0))).withDecision("s-0003", Decision.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"SRT", "VTT"})
    void ffmpegReadsOneCueAtEachAcceptedCutsTimes(ExportFormat format) throws IOException {
        Path file = Files.writeString(dir.resolve("cuts." + format.extension()), Results.export(format, cutList()));

        List<double[]> cues = TestMedia.ffmpeg().ffprobe(List.of("-show_entries", "packet=pts_time,duration_time",
                "-of", "csv=p=0", file.toString()), Duration.ofMinutes(1)).stdout().lines()
                .filter(l -> !l.isBlank()).map(l -> l.split(","))
                .map(p -> new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])}).toList();

        assertThat(cues).as("cues of %s", Files.readString(file)).hasSize(3);
        double[][] expected = {{1.25, 2.5}, {10.0, 11.0}, {3723.004, 3725.5}};
        for (int i = 0; i < expected.length; i++) {
            assertThat(cues.get(i)[0]).as("cue %d starts with its cut", i + 1).isCloseTo(expected[i][0], within(0.0005));
            assertThat(cues.get(i)[0] + cues.get(i)[1]).as("cue %d ends with its cut", i + 1)
                    .isCloseTo(expected[i][1], within(0.0005));
        }
    }

    @Test
    void cueTextSaysTheCategoryAndReasonOnLinesOfItsOwn() throws IOException {
        String vtt = Results.export(ExportFormat.VTT, cutList());
        String srt = Results.export(ExportFormat.SRT, cutList());

        assertThat(vtt).startsWith("WEBVTT\n\n").contains("s-0002\n00:00:10.000 --> 00:00:11.000\n"
                + "Filler words: filler words -&gt; here\n“um &lt;b&gt;so&lt;/b&gt; &amp; uh”\n\n")
                .contains("01:02:03.004 --> 01:02:05.500\nDead air: silence at the end\n").doesNotContain("rejected");
        assertThat(srt).startsWith("1\n00:00:01,250 --> 00:00:02,500\nPause: 1.3 s silence\n\n2\n")
                .contains("3\n01:02:03,004 --> 01:02:05,500\n").doesNotContain("rejected");
    }
}
