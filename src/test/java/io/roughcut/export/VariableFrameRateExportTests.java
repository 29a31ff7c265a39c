package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.cutlist.CutList;
import io.roughcut.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A phone-style recording with a variable frame rate: its times are snapped to the 30 fps grid its timestamps
 * count in, and every frame-counting file says so.
 */
class VariableFrameRateExportTests {

    @TempDir
    static Path dir;
    static CutList cutList;

    @BeforeAll
    static void record() {
        // 7 of every 10 frames of a 30 fps picture: about 21 frames a second, on a 30 fps clock.
        Path phone = TestMedia.generate(dir.resolve("phone.mp4"), "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "4",
                "-vf", "select='lt(mod(n\\,10)\\,7)'", "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast",
                "-c:a", "aac");
        cutList = Recordings.cutList(phone);
    }

    @Test
    void theResultSaysTheRateIsVariableAndWhichRateItIsCountedAt() {
        assertThat(cutList.source().variableFrameRate()).isTrue();
        assertThat(cutList.source().frameRate()).isEqualTo("30/1");
    }

    @Test
    void everyFrameCountingFileIsOnThe30FpsGridAndSaysWhy() throws IOException {
        Document fcpxml = XmlDocuments.parse(Results.export(ExportFormat.FCPXML, cutList));
        FcpxmlRules.check(fcpxml, "1.11");
        Element format = (Element) fcpxml.getElementsByTagName("format").item(0);
        assertThat(FcpxmlRules.time(format, "frameDuration")).isEqualTo(new Fraction(1, 30));
        List<Element> clips = XmlDocuments.children((Element) fcpxml.getElementsByTagName("spine").item(0));
        double[][] kept = Recordings.kept(cutList);
        for (int i = 0; i < clips.size(); i++) {
            Fraction in = FcpxmlRules.time(clips.get(i), "start");
            KeptParts.assertOnTheNearestFrames("clip " + (i + 1), in,
                    in.plus(FcpxmlRules.time(clips.get(i), "duration")), kept[i], new Fraction(1, 30));
        }
        String said = "variable frame rate; its times are snapped to the 30 fps frame grid";
        assertThat(fcpxml.getElementsByTagName("note").item(0).getTextContent()).contains(said);
        assertThat(Results.export(ExportFormat.EDL, cutList)).contains("* " + "Rough cut of phone.mp4").contains(said);
        assertThat(Results.export(ExportFormat.XMEML, cutList)).contains(said).contains("<timebase>30</timebase>");
        assertThat(Results.export(ExportFormat.MLT, cutList)).contains(said).contains("frame_rate_num=\"30\"");
    }
}
