package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExportFormatTests {

    @Test
    void everyCutListFormatHasAnExporterOfItsOwn() {
        for (ExportFormat format : ExportFormat.cutListFormats()) {
            Exporter exporter = format.exporter();
            assertThat(exporter.format()).isEqualTo(format);
            assertThat(exporter.fileExtension()).isEqualTo(format.extension());
            assertThat(exporter.contentType()).isEqualTo(format.contentType()).isNotBlank();
            assertThat(ExportFormat.fromId(format.id().toUpperCase())).contains(format);
            assertThat(format.label()).isNotBlank();
            assertThat(format.editors()).isNotBlank();
        }
        assertThat(ExportFormat.fromId("docx")).isEmpty();
    }

    @Test
    void theNamesAreTheIssuesAndTheRenderedVideoIsApart() {
        assertThat(Arrays.stream(ExportFormat.values()).map(ExportFormat::id))
                .containsExactly("json", "csv", "edl", "fcpxml", "fcpxml-1.10", "xmeml", "mlt", "srt", "vtt", "mp4");
        assertThat(ExportFormat.cutListFormats()).doesNotContain(ExportFormat.MP4).hasSize(9);
        assertThat(ExportFormat.MP4.isRenderedVideo()).isTrue();
        assertThatThrownBy(ExportFormat.MP4::exporter).isInstanceOf(ExportException.class)
                .hasMessageContaining("--render");
    }

    @Test
    void aCutStillToReviewIsLeftOutOfEveryEditorsExportAsARejectedOneIs() throws Exception {
        CutList accepted = Results.of(10, "25", Results.pauses(1, 2, 4, 5, 7, 8));
        CutList review = accepted.withDecision("s-0002", Decision.REVIEW);
        CutList rejected = accepted.withDecision("s-0002", Decision.REJECTED);
        for (ExportFormat format : ExportFormat.cutListFormats()) {
            if (format == ExportFormat.JSON) {
                // The JSON is the whole review, to be picked up again: it keeps every cut with its decision.
                assertThat(written(format, review)).containsPattern("\"decision\"\\s*:\\s*\"review\"");
                continue;
            }
            assertThat(written(format, review)).as(format.id()).isEqualTo(written(format, rejected))
                    .isNotEqualTo(written(format, accepted));
        }
        assertThat(review.summary().cutCount()).isEqualTo(2);
        assertThat(review.summary().finalDuration()).as("its second is kept").isEqualTo(8.0);
    }

    private static String written(ExportFormat format, CutList cutList) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.exporter().write(cutList, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDownloadIsTheUsersFileNameWithTheFormatsExtension() {
        assertThat(ExportFormat.EDL.fileName("My talk (final).mov")).isEqualTo("My talk (final).edl");
        assertThat(ExportFormat.XMEML.fileName("talk.mp4")).isEqualTo("talk.xml");
        assertThat(ExportFormat.FCPXML_1_10.fileName("talk.mkv")).isEqualTo("talk.fcpxml");
        assertThat(ExportFormat.MP4.fileName("talk.mov")).isEqualTo("talk.mp4");
        assertThat(ExportFormat.VTT.fileName("recording")).isEqualTo("recording.vtt");
        assertThat(ExportFormat.SRT.fileName("C:\\Videos\\talk.mov")).isEqualTo("talk.srt");
        assertThat(ExportFormat.CSV.fileName(".mov")).as("a hidden file keeps its name").isEqualTo(".mov.csv");
        assertThat(ExportFormat.JSON.fileName(null)).isEqualTo("roughcut.json");
    }
}
