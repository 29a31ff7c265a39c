package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * FCP7 XML (xmeml 5) of real recordings at each frame rate, with and without a start timecode, read back by
 * the JDK's XML parser: the structure against Apple's element rules ({@link XmemlRules}), the timings
 * recomputed from timebase, NTSC flag and frame numbers alone.
 */
class XmemlExportTests {

    static final Map<Recordings.Case, CutList> CUT_LISTS = Recordings.all();

    static List<Recordings.Case> cases() {
        return Recordings.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void premiereGetsTheKeptPartsWithEveryAudioChannelLinkedToThePicture(Recordings.Case c) throws IOException {
        CutList cutList = CUT_LISTS.get(c);
        Document doc = XmlDocuments.parse(Results.export(ExportFormat.XMEML, cutList));
        XmemlRules.check(doc);

        Element sequence = XmlDocuments.child(doc.getDocumentElement(), "sequence");
        Fraction frame = XmemlRules.frame(XmlDocuments.child(sequence, "rate"));
        assertThat(frame).as("timebase and ntsc of %s", c.rate()).isEqualTo(c.frame());
        Element media = XmlDocuments.child(sequence, "media");
        List<Element> video = XmlDocuments.children(XmlDocuments.child(XmlDocuments.child(media, "video"), "track"),
                "clipitem");
        List<Element> audioTracks = XmlDocuments.children(XmlDocuments.child(media, "audio"), "track");
        assertThat(audioTracks).as("a track for each of the stereo source's channels").hasSize(2);

        double[][] kept = Recordings.kept(cutList);
        assertThat(video).hasSize(kept.length);
        long position = 0;
        for (int i = 0; i < video.size(); i++) {
            Element item = video.get(i);
            assertThat(XmlDocuments.number(item, "start")).as("part %d follows the one before", i + 1).isEqualTo(position);
            long in = XmlDocuments.number(item, "in");
            long out = XmlDocuments.number(item, "out");
            assertThat(XmlDocuments.number(item, "end") - XmlDocuments.number(item, "start")).isEqualTo(out - in);
            assertThat(XmemlRules.frame(XmlDocuments.child(item, "rate"))).isEqualTo(frame);
            KeptParts.assertOnTheNearestFrames("part " + (i + 1), frame.times(new Fraction(in, 1)),
                    frame.times(new Fraction(out, 1)), kept[i], frame);
            for (int t = 0; t < audioTracks.size(); t++) {
                Element sound = XmlDocuments.children(audioTracks.get(t), "clipitem").get(i);
                for (String field : List.of("start", "end", "in", "out")) {
                    assertThat(XmlDocuments.number(sound, field)).as("channel %d of part %d: %s", t + 1, i + 1, field)
                            .isEqualTo(XmlDocuments.number(item, field));
                }
                assertThat(XmlDocuments.number(XmlDocuments.child(sound, "sourcetrack"), "trackindex"))
                        .as("the channel it plays").isEqualTo(t + 1);
                assertThat(linkedIds(sound)).as("channel %d of part %d is linked to the picture", t + 1, i + 1)
                        .isEqualTo(linkedIds(item)).contains(item.getAttribute("id"), sound.getAttribute("id"));
            }
            position = XmlDocuments.number(item, "end");
        }
        assertThat(XmlDocuments.number(sequence, "duration")).isEqualTo(position);

        Element file = (Element) doc.getElementsByTagName("file").item(0);
        String url = XmlDocuments.text(file, "pathurl");
        assertThat(url).startsWith("file://localhost/");
        assertThat(Path.of(URI.create("file://" + url.substring("file://localhost".length()))))
                .as("the original file, percent-encoded").isEqualTo(Path.of(cutList.source().path()));
        Element timecode = XmlDocuments.child(file, "timecode");
        assertThat(XmlDocuments.number(timecode, "frame")).as("the recording's timecode").isEqualTo(c.startFrame());
        assertThat(XmlDocuments.text(timecode, "string")).isEqualTo(c.timecode() == null ? "00:00:00:00" : c.timecode());
        assertThat(XmlDocuments.text(timecode, "displayformat")).isEqualTo(c.dropFrame() ? "DF" : "NDF");
        assertThat(XmemlRules.frame(XmlDocuments.child(timecode, "rate"))).isEqualTo(frame);
        assertThat(doc.getElementsByTagName("pathurl").getLength()).as("the file is described once").isEqualTo(1);
    }

    @Test
    void aNameWithSpacesAndAccentsIsPercentEncodedAndAControlCharacterCannotBreakTheXml() throws IOException {
        CutList cutList = Results.of(new io.roughcut.cutlist.SourceSummary("Ünïcode talk #2\u0007.mov",
                "/Users/me/My Movies/Ünïcode talk #2\u0007.mov", 1, 10, "mov", "h264", "aac", "remux", "25/1", false,
                1920, 1080, List.of(1, 1), 48000, null, 0, false), Results.pauses(1, 2));

        Document doc = XmlDocuments.parse(Results.export(ExportFormat.XMEML, cutList));

        XmemlRules.check(doc);
        assertThat(doc.getElementsByTagName("pathurl").item(0).getTextContent())
                .isEqualTo("file://localhost/Users/me/My%20Movies/%C3%9Cn%C3%AFcode%20talk%20%232%07.mov");
        Element media = XmlDocuments.child(XmlDocuments.child(doc.getDocumentElement(), "sequence"), "media");
        assertThat(XmlDocuments.children(XmlDocuments.child(media, "audio"), "track"))
                .as("two mono streams are two channels").hasSize(2);
        assertThat(doc.getElementsByTagName("name").item(1).getTextContent()).isEqualTo("Ünïcode talk #2 .mov");
    }

    private static List<String> linkedIds(Element item) {
        List<String> ids = new ArrayList<>();
        for (Element link : XmlDocuments.children(item, "link")) {
            ids.add(XmlDocuments.text(link, "linkclipref"));
        }
        return ids;
    }
}
