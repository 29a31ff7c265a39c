package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressDisplayTests {

    @Test
    void plainLinesOnlyWhenTheStageOrTheChunkCountChanges() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(text), false);
        display.update(RunStage.NORMALIZE, 0.1, 0, 0);
        display.update(RunStage.NORMALIZE, 0.5, 0, 0);
        display.update(RunStage.ANALYZE, 0.0, 0, 4);
        display.update(RunStage.ANALYZE, 0.25, 1, 4);
        assertThat(text.toString().lines()).containsExactly(
                "roughcut: normalize 4%",
                "roughcut: analyze 35% chunks 0/4",
                "roughcut: analyze 50% chunks 1/4");
    }

    @Test
    void aBarIsRedrawnInPlaceOnATerminal() {
        StringWriter text = new StringWriter();
        ProgressDisplay display = new ProgressDisplay(new PrintWriter(text), true);
        display.update(RunStage.ANALYZE, 0.5, 2, 4);
        display.update(RunStage.AGGREGATE, 1.0, 4, 4);
        assertThat(text.toString()).startsWith("\ranalyze   [").contains(" 66%  chunks 2/4")
                .contains("100%  chunks 4/4").endsWith(System.lineSeparator());
    }
}
