package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The EDL of real recordings at each frame rate, with and without a start timecode, read back by
 * {@link Cmx3600Reader}: source timecodes carry the recording's own timecode, record timecodes run on
 * without gaps, and every event's source range is the kept part to the frame.
 */
class EdlExportTests {

    static final Map<Recordings.Case, CutList> CUT_LISTS = Recordings.all();

    static List<Recordings.Case> cases() {
        return Recordings.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anEditorReadsTheKeptPartsAtTheRecordingsTimecode(Recordings.Case c) throws IOException {
        CutList cutList = CUT_LISTS.get(c);
        int base = (int) Math.round(c.fps());

        Cmx3600Reader.Edl edl = Cmx3600Reader.read(Results.export(ExportFormat.EDL, cutList), base);

        assertThat(edl.dropFrame()).isEqualTo(c.dropFrame());
        double[][] kept = Recordings.kept(cutList);
        assertThat(edl.events()).hasSize(kept.length);
        long record = 0;
        for (int i = 0; i < kept.length; i++) {
            Cmx3600Reader.Event e = edl.events().get(i);
            assertThat(e.number()).isEqualTo(i + 1);
            assertThat(e.reel()).isEqualTo("AX");
            assertThat(e.channels()).isEqualTo("AA/V");
            assertThat(e.transition()).isEqualTo("C");
            assertThat(e.recordIn()).as("event %d follows the one before", i + 1).isEqualTo(record);
            assertThat(e.recordOut() - e.recordIn()).isEqualTo(e.sourceOut() - e.sourceIn());
            assertThat(e.sourceIn()).as("the recording's timecode is where its frames start")
                    .isGreaterThanOrEqualTo(c.startFrame());
            KeptParts.assertOnTheNearestFrames("event " + (i + 1),
                    c.frame().times(new Fraction(e.sourceIn() - c.startFrame(), 1)),
                    c.frame().times(new Fraction(e.sourceOut() - c.startFrame(), 1)), kept[i], c.frame());
            assertThat(e.comments()).contains("FROM CLIP NAME: " + cutList.source().fileName(),
                    "SOURCE FILE: " + cutList.source().path());
            record = e.recordOut();
        }
    }
}
