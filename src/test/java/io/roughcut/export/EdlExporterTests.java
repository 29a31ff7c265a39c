package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Decision;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class EdlExporterTests {

    private static String edl(CutList cutList) throws IOException {
        return Results.export(ExportFormat.EDL, cutList);
    }

    @Test
    void keptPartsAt30FramesPerSecond() throws IOException {
        // cuts 1.0-2.5 and 6.0-6.5 in 10 s; the last kept part ends on the recording's last frame
        CutList cutList = Results.of(10, "30/1", Results.pauses(1.0, 2.5, 6.0, 6.5));

        assertThat(edl(cutList)).isEqualTo("""
                TITLE: talk
                FCM: NON-DROP FRAME

                001  AX       AA/V  C        00:00:00:00 00:00:01:00 00:00:00:00 00:00:01:00
                * FROM CLIP NAME: talk.mov

                002  AX       AA/V  C        00:00:02:15 00:00:06:00 00:00:01:00 00:00:04:15
                * FROM CLIP NAME: talk.mov

                003  AX       AA/V  C        00:00:06:15 00:00:10:00 00:00:04:15 00:00:08:00
                * FROM CLIP NAME: talk.mov

                """.replace("\n", "\r\n"));
    }

    @Test
    void keptPartsAt25FramesPerSecondRoundToTheNearestFrame() throws IOException {
        // 0.5 s at the start is cut; 12.345 s is frame 308.6 -> 309 = 12 s 9 frames; 61.99 s -> 1550 = 62 s
        CutList cutList = Results.of(61.99, "25/1", Results.pauses(0, 0.5, 12.345, 14.2));

        assertThat(edl(cutList)).isEqualTo("""
                TITLE: talk
                FCM: NON-DROP FRAME

                001  AX       AA/V  C        00:00:00:13 00:00:12:09 00:00:00:00 00:00:11:21
                * FROM CLIP NAME: talk.mov

                002  AX       AA/V  C        00:00:14:05 00:01:02:00 00:00:11:21 00:00:59:16
                * FROM CLIP NAME: talk.mov

                """.replace("\n", "\r\n"));
    }

    @Test
    void ntscRateCountsRealFramesWithTimecodeBase30() throws IOException {
        // 4.0 s is frame 119.88 -> 120 (00:00:04:00); 5.5 s is 164.84 -> 165 (00:00:05:15);
        // 70 s is 2097.9 -> 2098 frames, labelled 00:01:09:28 because non-drop labels count 30 a second
        CutList cutList = Results.of(70, "30000/1001", Results.pauses(4.0, 5.5));

        assertThat(edl(cutList)).isEqualTo("""
                TITLE: talk
                FCM: NON-DROP FRAME

                001  AX       AA/V  C        00:00:00:00 00:00:04:00 00:00:00:00 00:00:04:00
                * FROM CLIP NAME: talk.mov

                002  AX       AA/V  C        00:00:05:15 00:01:09:28 00:00:04:00 00:01:08:13
                * FROM CLIP NAME: talk.mov

                """.replace("\n", "\r\n"));
    }

    @Test
    void keptPartsShorterThanAFrameAreLeftOut() throws IOException {
        // 2.0-2.02 is kept between two cuts but lasts 0.6 of a frame
        CutList cutList = Results.of(4, "30/1", Results.pauses(1, 2, 2.02, 3));

        assertThat(edl(cutList)).contains("002  AX       AA/V  C        00:00:03:00 00:00:04:00 00:00:01:00 00:00:02:00")
                .doesNotContain("003  ");
    }

    @Test
    void rejectedCutsStayInTheEdit() throws IOException {
        CutList cutList = Results.of(10, "30/1", Results.pauses(1.0, 2.5, 6.0, 6.5))
                .withDecision("s-0001", Decision.REJECTED);

        assertThat(edl(cutList)).contains(
                "001  AX       AA/V  C        00:00:00:00 00:00:06:00 00:00:00:00 00:00:06:00",
                "002  AX       AA/V  C        00:00:06:15 00:00:10:00 00:00:06:00 00:00:09:15");
    }

    @Test
    void unknownFrameRateIsAnErrorThatSaysWhatToDo() {
        CutList cutList = Results.of(10, "0/0", Results.pauses(1, 2));

        assertThatThrownBy(() -> edl(cutList)).isInstanceOf(ExportException.class)
                .hasMessageContaining("frame rate").hasMessageContaining("JSON or CSV");
    }
}
