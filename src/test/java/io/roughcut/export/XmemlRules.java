package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The rules of Apple's Final Cut Pro XML Interchange Format (xmeml version 5, from Apple's "Elements Catalog")
 * for the elements an export uses: the subelements each may hold, the ones it must hold, and the values of
 * the flags. A {@code <file>} is described in full where it first appears and only referenced by its id after
 * that. Elements outside this table are refused, so a new element is a deliberate change here.
 */
final class XmemlRules {

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("xmeml", Set.of("sequence", "project", "bin", "clip", "importoptions")),
            Map.entry("sequence", Set.of("name", "duration", "rate", "in", "out", "timecode", "media", "marker",
                    "labels", "comments", "uuid")),
            Map.entry("rate", Set.of("timebase", "ntsc")),
            Map.entry("timecode", Set.of("rate", "string", "frame", "source", "displayformat", "reel", "field")),
            Map.entry("media", Set.of("video", "audio")),
            // <video> and <audio> in a sequence hold a format and tracks; in a file, the sample characteristics.
            Map.entry("video", Set.of("format", "track", "samplecharacteristics", "duration")),
            Map.entry("audio", Set.of("format", "track", "outputs", "numOutputChannels", "samplecharacteristics",
                    "channelcount", "layout")),
            Map.entry("format", Set.of("samplecharacteristics")),
            Map.entry("samplecharacteristics", Set.of("rate", "width", "height", "anamorphic", "pixelaspectratio",
                    "fielddominance", "colordepth", "depth", "samplerate")),
            Map.entry("track", Set.of("clipitem", "enabled", "locked", "outputchannelindex")),
            Map.entry("clipitem", Set.of("name", "duration", "rate", "start", "end", "in", "out", "enabled",
                    "masterclipid", "ismasterclip", "file", "sourcetrack", "link", "labels", "comments")),
            Map.entry("file", Set.of("name", "pathurl", "rate", "duration", "timecode", "media")),
            Map.entry("sourcetrack", Set.of("mediatype", "trackindex")),
            Map.entry("link", Set.of("linkclipref", "mediatype", "trackindex", "clipindex", "groupindex")));

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "sequence", List.of("name", "duration", "rate", "media"),
            "rate", List.of("timebase"),
            "clipitem", List.of("name", "duration", "rate", "start", "end", "in", "out"),
            "sourcetrack", List.of("mediatype"),
            "link", List.of("linkclipref"),
            "timecode", List.of("rate", "string", "frame", "displayformat"));

    private static final Set<String> LEAVES = Set.of("name", "duration", "timebase", "ntsc", "start", "end", "in",
            "out", "pathurl", "string", "frame", "displayformat", "width", "height", "pixelaspectratio", "depth",
            "samplerate", "channelcount", "mediatype", "trackindex", "linkclipref", "clipindex", "enabled");
    private static final Set<String> NUMBERS = Set.of("duration", "timebase", "start", "end", "in", "out", "frame",
            "width", "height", "depth", "samplerate", "channelcount", "trackindex", "clipindex");
    private static final Map<String, Set<String>> VALUES = Map.of("ntsc", Set.of("TRUE", "FALSE"),
            "enabled", Set.of("TRUE", "FALSE"), "displayformat", Set.of("DF", "NDF"),
            "mediatype", Set.of("video", "audio"));

    private XmemlRules() {
    }

    static void check(Document document) {
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("xmeml");
        assertThat(root.getAttribute("version")).isEqualTo("5");
        assertThat(document.getDoctype()).as("<!DOCTYPE xmeml>").isNotNull();
        Set<String> definedFiles = new HashSet<>();
        Set<String> clipIds = new HashSet<>();
        for (Element e : XmlDocuments.all(root)) {
            String name = e.getTagName();
            if (LEAVES.contains(name)) {
                assertThat(XmlDocuments.children(e)).as("<%s> holds only text", name).isEmpty();
                String text = e.getTextContent().strip();
                if (NUMBERS.contains(name)) {
                    assertThat(text).as("<%s> is a whole number", name).matches("\\d+");
                }
                if (VALUES.containsKey(name)) {
                    assertThat(VALUES.get(name)).as("<%s>", name).contains(text);
                }
                continue;
            }
            assertThat(ALLOWED).as("<%s> is an element of the format that exports use", name).containsKey(name);
            for (Element child : XmlDocuments.children(e)) {
                assertThat(ALLOWED.get(name)).as("<%s> may hold <%s>", name, child.getTagName())
                        .contains(child.getTagName());
            }
            for (String required : REQUIRED.getOrDefault(name, List.of())) {
                assertThat(XmlDocuments.children(e, required)).as("<%s> has its <%s>", name, required).isNotEmpty();
            }
            if (name.equals("file")) {
                String id = e.getAttribute("id");
                assertThat(id).as("a file has an id").isNotBlank();
                boolean first = definedFiles.add(id);
                if (first) {
                    for (String required : List.of("name", "pathurl", "rate", "duration", "media")) {
                        assertThat(XmlDocuments.children(e, required)).as("file %s where first described has <%s>",
                                id, required).hasSize(1);
                    }
                } else {
                    assertThat(XmlDocuments.children(e)).as("file %s after its first description is only a reference",
                            id).isEmpty();
                }
            }
            if (name.equals("clipitem")) {
                assertThat(clipIds.add(e.getAttribute("id"))).as("clip item id %s is unique", e.getAttribute("id"))
                        .isTrue();
            }
        }
        for (Element link : XmlDocuments.all(root).stream().filter(e -> e.getTagName().equals("link")).toList()) {
            assertThat(clipIds).as("link to %s resolves", XmlDocuments.text(link, "linkclipref"))
                    .contains(XmlDocuments.text(link, "linkclipref"));
        }
    }

    /** One frame at a {@code <rate>}: a timebase of 30 with NTSC set is 1001/30000 s. */
    static Fraction frame(Element rate) {
        long timebase = XmlDocuments.number(rate, "timebase");
        boolean ntsc = XmlDocuments.children(rate, "ntsc").size() == 1 && XmlDocuments.text(rate, "ntsc").equals("TRUE");
        return ntsc ? new Fraction(1001, timebase * 1000) : new Fraction(1, timebase);
    }
}
