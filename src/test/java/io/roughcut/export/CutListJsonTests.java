package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import io.roughcut.cutlist.ChunkStatus;
import io.roughcut.cutlist.ChunkSummary;
import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import io.roughcut.cutlist.Processing;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.cutlist.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CutListJsonTests {

    private static CutList architectureExample() {
        SourceSummary source = new SourceSummary("talk.mov", null, 123, 3600.0, "mov", "h264", "pcm_s16le", "remux",
                "30000/1001", false, 1920, 1080, List.of(2), 48000, "01:00:00;00", 107892, true);
        List<Cut> cuts = List.of(
                Cut.of("s-0001", 12.345, 14.2, Category.PAUSE, "1.9 s silence", 0.98, null, SegmentSource.LOCAL,
                        List.of(0)),
                Cut.of("s-0002", 1600, 1601.5, Category.FILLER_WORDS, "um", 0.7, "um, so", SegmentSource.BOTH,
                        List.of(0, 1)).withDecision(Decision.REJECTED));
        return new CutList("job-1", source, List.of(
                new ChunkSummary(0, 0.0, 1523.4, 497000000, ChunkStatus.COMPLETE, 2, null),
                new ChunkSummary(1, 1523.4, 3600.0, 400000000, ChunkStatus.FAILED, 1, "timed out")),
                cuts, Summary.of(cuts, 3600.0),
                new Processing("hybrid", 2, 1, 1, 1, 81234, new Usage(2, 100, 50, 10, 20, 5, 0.0125)));
    }

    @Test
    void writesTheShapeOfArchitectureMd() {
        assertThat(CutListJson.write(architectureExample())).isEqualToIgnoringWhitespace("""
                {"jobId": "job-1",
                 "source": {"fileName": "talk.mov", "sizeBytes": 123, "durationSeconds": 3600.0, "container": "mov",
                            "videoCodec": "h264", "audioCodec": "pcm_s16le", "normalized": "remux",
                            "frameRate": "30000/1001", "variableFrameRate": false, "width": 1920, "height": 1080,
                            "audioChannels": [2], "audioSampleRate": 48000, "startTimecode": "01:00:00;00",
                            "startFrame": 107892, "dropFrame": true},
                 "chunks": [{"index": 0, "start": 0.0, "end": 1523.4, "sizeBytes": 497000000, "status": "complete",
                             "cutsFound": 2},
                            {"index": 1, "start": 1523.4, "end": 3600.0, "sizeBytes": 400000000, "status": "failed",
                             "cutsFound": 1, "error": "timed out"}],
                 "segmentsToRemove": [
                   {"id": "s-0001", "start": 12.345, "end": 14.2, "duration": 1.855, "startTimecode": "00:00:12.345",
                    "endTimecode": "00:00:14.200", "category": "pause", "reason": "1.9 s silence", "confidence": 0.98,
                    "transcript": null, "source": "local", "chunks": [0], "decision": "accepted"},
                   {"id": "s-0002", "start": 1600.0, "end": 1601.5, "duration": 1.5, "startTimecode": "00:26:40.000",
                    "endTimecode": "00:26:41.500", "category": "filler_words", "reason": "um", "confidence": 0.7,
                    "transcript": "um, so", "source": "local+gemini", "chunks": [0, 1], "decision": "rejected"}],
                 "summary": {"originalDuration": 3600.0, "finalDuration": 3598.145, "timeRemoved": 1.855,
                             "cutCount": 1, "byCategory": {"pause": 1}, "averageConfidence": 0.98,
                             "highConfidenceCuts": 1, "lowConfidenceCuts": 0},
                 "processing": {"analyzer": "hybrid", "totalChunks": 2, "successfulChunks": 1, "failedChunks": 1,
                                "boundaryMerges": 1, "elapsedMs": 81234,
                                "usage": {"calls": 2, "videoTokens": 100, "audioTokens": 50, "textTokens": 10,
                                          "outputTokens": 20, "thinkingTokens": 5, "costUsd": 0.0125}}}
                """);
    }

    @Test
    void readsAResultStoredBeforeTheSourceSaidMoreThanItsFrameRate() {
        String old = CutListJson.write(architectureExample()).replaceAll(
                ",\\s*\"variableFrameRate\"[\\s\\S]*?\"dropFrame\" : true", "");

        SourceSummary source = CutListJson.read(old).source();

        assertThat(old).doesNotContain("startFrame");
        assertThat(source.frameRate()).isEqualTo("30000/1001");
        assertThat(source.audioChannels()).isEmpty();
        assertThat(source.startTimecode()).isNull();
        assertThat(source.startFrame()).isZero();
        assertThat(source.width()).isZero();
    }

    @Test
    void readsBackWhatItWrote() {
        CutList original = architectureExample();

        assertThat(CutListJson.read(CutListJson.write(original))).isEqualTo(original);
    }

    @Test
    void jsonExporterWritesPrettyJsonAndLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };

        ExportFormat.JSON.exporter().write(architectureExample(), out);

        String json = bytes.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n").contains("\"decision\" : \"rejected\"");
        assertThat(closed[0]).isFalse();
        assertThat(CutListJson.read(new java.io.ByteArrayInputStream(bytes.toByteArray())))
                .isEqualTo(architectureExample());
    }
}
