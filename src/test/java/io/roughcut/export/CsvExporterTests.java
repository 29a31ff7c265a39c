package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExporterTests {

    private static String csv(CutList cutList) throws IOException {
        return Results.export(ExportFormat.CSV, cutList);
    }

    @Test
    void oneRowPerAcceptedCutWithQuotingAndDefusedFormulas() throws IOException {
        CutList cutList = Results.of(60, "30/1",
                Cut.of("s-0001", 12.345, 14.2, Category.PAUSE, "1.9 s silence", 0.98, null, SegmentSource.LOCAL,
                        List.of(0)),
                Cut.of("s-0002", 20, 21.5, Category.FILLER_WORDS, "says \"um\", twice", 0.875, "um,\nuh",
                        SegmentSource.BOTH, List.of(0)),
                Cut.of("s-0003", 30, 31, Category.FALSE_START, "=HYPERLINK(\"http://x\")", 0.5,
                        "-2 was wrong, @all", SegmentSource.GEMINI, List.of(0)),
                Cut.of("s-0004", 40, 41, Category.REDUNDANT, "+1 again", 0.6, "Straße", SegmentSource.GEMINI,
                        List.of(0)));

        assertThat(csv(cutList)).isEqualTo("""
                id,start,end,duration,start_timecode,end_timecode,category,confidence,source,reason,transcript
                s-0001,12.345,14.200,1.855,00:00:12.345,00:00:14.200,pause,0.980,local,1.9 s silence,
                s-0002,20.000,21.500,1.500,00:00:20.000,00:00:21.500,filler_words,0.875,local+gemini,\
                "says ""um"", twice","um,
                uh"
                s-0003,30.000,31.000,1.000,00:00:30.000,00:00:31.000,false_start,0.500,gemini,\
                "'=HYPERLINK(""http://x"")","'-2 was wrong, @all"
                s-0004,40.000,41.000,1.000,00:00:40.000,00:00:41.000,redundant,0.600,gemini,'+1 again,Straße
                """.replace("\n", "\r\n").replace("um,\r\nuh", "um,\nuh"));
    }

    @Test
    void rejectedCutsAreLeftOut() throws IOException {
        CutList cutList = Results.of(60, "30/1", Results.pauses(1, 2, 3, 4)).withDecision("s-0001",
                Decision.REJECTED);

        assertThat(csv(cutList).lines()).hasSize(2).last().asString().startsWith("s-0002,3.000,4.000,");
    }

    @Test
    void emptyCellsForMissingTextAndTabsAreDefused() {
        assertThat(CsvExporter.text(null)).isEmpty();
        assertThat(CsvExporter.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExporter.text("plain")).isEqualTo("plain");
        assertThat(CsvExporter.text("a-b")).isEqualTo("a-b");
    }
}
