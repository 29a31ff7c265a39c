package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * FCPXML 1.11 and 1.10 of real recordings at 23.976, 25, 29.97, 30 and 59.94 fps, with and without a start
 * timecode, read back by the JDK's XML parser: the structure against the DTD's rules ({@link FcpxmlRules}),
 * and every clip's source range recomputed from the parsed rational times alone.
 */
class FcpxmlExportTests {

    static final Map<Recordings.Case, CutList> CUT_LISTS = Recordings.all();

    static Stream<Arguments> cases() {
        return Recordings.cases().stream().flatMap(c -> Stream.of(Arguments.of(c, ExportFormat.FCPXML, "1.11"),
                Arguments.of(c, ExportFormat.FCPXML_1_10, "1.10")));
    }

    @ParameterizedTest(name = "{0}, FCPXML {2}")
    @MethodSource("cases")
    void theEditorGetsTheKeptPartsToTheFrameAtTheRecordingsTimecode(Recordings.Case c, ExportFormat format,
                                                                    String version) throws IOException {
        CutList cutList = CUT_LISTS.get(c);
        Document doc = XmlDocuments.parse(Results.export(format, cutList));
        FcpxmlRules.check(doc, version);

        Element resources = XmlDocuments.child(doc.getDocumentElement(), "resources");
        Element formatElement = XmlDocuments.child(resources, "format");
        Fraction frame = FcpxmlRules.time(formatElement, "frameDuration");
        assertThat(frame).as("one frame at %s", c.rate()).isEqualTo(c.frame());
        assertThat(formatElement.getAttribute("width")).isEqualTo("160");

        Element asset = XmlDocuments.child(resources, "asset");
        Fraction assetStart = FcpxmlRules.time(asset, "start");
        assertThat(assetStart).as("the asset starts at the recording's timecode")
                .isEqualTo(c.frame().times(new Fraction(c.startFrame(), 1)));
        assertThat(asset.getAttribute("hasAudio")).isEqualTo("1");
        assertThat(asset.getAttribute("audioChannels")).isEqualTo("2");
        Element mediaRep = XmlDocuments.child(asset, "media-rep");
        assertThat(mediaRep.getAttribute("kind")).isEqualTo("original-media");
        assertThat(Path.of(URI.create(mediaRep.getAttribute("src")))).as("the original, not a copy")
                .isEqualTo(Path.of(cutList.source().path()));

        Element sequence = (Element) doc.getElementsByTagName("sequence").item(0);
        assertThat(sequence.getAttribute("tcFormat")).isEqualTo(c.dropFrame() ? "DF" : "NDF");
        List<Element> clips = XmlDocuments.children(XmlDocuments.child(sequence, "spine"), "asset-clip");
        double[][] kept = Recordings.kept(cutList);
        assertThat(clips).as("one clip per kept part, the rejected cut staying in").hasSize(kept.length);
        Fraction position = Fraction.ZERO;
        for (int i = 0; i < clips.size(); i++) {
            Element clip = clips.get(i);
            assertThat(FcpxmlRules.time(clip, "offset")).as("clip %d follows the one before on the spine", i + 1)
                    .isEqualTo(position);
            Fraction in = FcpxmlRules.time(clip, "start").minus(assetStart);
            Fraction duration = FcpxmlRules.time(clip, "duration");
            KeptParts.assertOnTheNearestFrames("clip " + (i + 1), in, in.plus(duration), kept[i], frame);
            assertThat(clip.getAttribute("ref")).isEqualTo(asset.getAttribute("id"));
            position = position.plus(duration);
        }
        assertThat(FcpxmlRules.time(sequence, "duration")).as("the sequence is the kept parts end to end")
                .isEqualTo(position);
    }
}
