package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The rules of Apple's FCPXML DTD (version 1.10, as published in Apple's FCPXML reference; 1.11 keeps these
 * content models and changes the fixed {@code version}) for every element an export may use, transcribed
 * here because the DTD itself cannot be put in this repository: each element's allowed children in order,
 * its declared attributes, the required ones, the enumerated values, and that IDs are unique and IDREFs
 * resolve. Elements the DTD declares but our exports never write are refused, so a new element is a
 * deliberate change to this table.
 */
final class FcpxmlRules {

    private record Rule(Pattern children, Set<String> attributes, Set<String> required, Map<String, Set<String>> enums) {
    }

    private static final Set<String> CLIP_ITEMS = Set.of("audio", "video", "clip", "title", "mc-clip", "ref-clip",
            "sync-clip", "asset-clip", "audition", "gap");
    private static final Set<String> EVENT_ITEMS = Set.of("clip", "audition", "mc-clip", "ref-clip", "sync-clip",
            "asset-clip", "collection-folder", "keyword-collection", "smart-collection", "project");
    private static final Set<String> TIME_ATTRIBUTES = Set.of("start", "duration", "offset", "tcStart",
            "frameDuration", "audioStart", "audioDuration");
    private static final Pattern TIME = Pattern.compile("(\\d+)(?:/(\\d+))?s");

    private static final Map<String, Rule> RULES = Map.ofEntries(
            rule("fcpxml", "(import-options )?(resources )?(library |(event )*)", "version", "version"),
            rule("resources", "((asset|effect|format|media|locator) )*", "", ""),
            rule("format", "", "id name frameDuration fieldOrder width height paspH paspV colorSpace projection"
                    + " stereoscopic", "id"),
            rule("asset", "(media-rep )+(metadata )?", "id name uid start duration hasVideo format hasAudio"
                    + " videoSources audioSources audioChannels audioRate customLUTOverride colorSpaceOverride"
                    + " projectionOverride stereoscopicOverride auxVideoFlags", "id"),
            rule("media-rep", "(bookmark )?", "kind sig src suggestedFilename", "src",
                    "kind", "original-media proxy-media"),
            rule("library", "((event|smart-collection) )*", "location colorProcessing", "",
                    "colorProcessing", "standard wide wide-hdr"),
            rule("event", "((" + String.join("|", EVENT_ITEMS) + ") )*", "name uid", ""),
            rule("project", "(sequence )", "name uid id modDate", ""),
            rule("sequence", "(note )?(spine )(metadata )?", "format duration tcStart tcFormat audioLayout audioRate"
                    + " renderFormat keywords", "format", "tcFormat", "DF NDF", "audioLayout", "mono stereo surround",
                    "audioRate", "32k 44.1k 48k 88.2k 96k 176.4k 192k"),
            rule("note", "", "", ""),
            rule("spine", "((" + String.join("|", CLIP_ITEMS) + "|transition) )*", "lane offset name format", ""),
            // asset-clip may hold notes, adjustments, anchored items and markers; our exports write it empty.
            rule("asset-clip", "", "ref lane offset name start duration enabled srcEnable audioStart audioDuration"
                    + " format tcStart tcFormat modDate audioRole videoRole", "ref", "enabled", "0 1",
                    "srcEnable", "all audio video", "tcFormat", "DF NDF"));

    private FcpxmlRules() {
    }

    private static Map.Entry<String, Rule> rule(String name, String children, String attributes, String required,
                                                String... enums) {
        Map<String, Set<String>> enumerated = new HashMap<>();
        for (int i = 0; i < enums.length; i += 2) {
            enumerated.put(enums[i], Set.of(enums[i + 1].split(" ")));
        }
        return Map.entry(name, new Rule(Pattern.compile(children), words(attributes), words(required), enumerated));
    }

    private static Set<String> words(String list) {
        return list.isBlank() ? Set.of() : Set.of(list.split(" "));
    }

    /** Fails with the first rule the document breaks. */
    static void check(Document document, String version) {
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("fcpxml");
        assertThat(root.getAttribute("version")).as("the DTD fixes the version").isEqualTo(version);
        assertThat(document.getDoctype()).as("<!DOCTYPE fcpxml>").isNotNull();
        assertThat(document.getDoctype().getName()).isEqualTo("fcpxml");
        Set<String> ids = new HashSet<>();
        List<Element> elements = XmlDocuments.all(root);
        for (Element e : elements) {
            Rule rule = RULES.get(e.getTagName());
            assertThat(rule).as("<%s> is an element the DTD declares and our exports use", e.getTagName()).isNotNull();
            String children = XmlDocuments.children(e).stream().map(c -> c.getTagName() + " ")
                    .collect(Collectors.joining());
            assertThat(rule.children().matcher(children).matches())
                    .as("<%s> may hold %s, not %s", e.getTagName(), rule.children(), children).isTrue();
            if (rule.children().pattern().isEmpty() && !e.getTagName().equals("note")) {
                assertThat(e.getTextContent()).as("<%s> is EMPTY", e.getTagName()).isBlank();
            }
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                assertThat(rule.attributes()).as("<%s> declares %s", e.getTagName(), a.getName()).contains(a.getName());
                if (rule.enums().containsKey(a.getName())) {
                    assertThat(rule.enums().get(a.getName())).as("%s of <%s>", a.getName(), e.getTagName())
                            .contains(a.getValue());
                }
                if (TIME_ATTRIBUTES.contains(a.getName())) {
                    assertThat(TIME.matcher(a.getValue()).matches())
                            .as("%s=\"%s\" of <%s> is a rational time", a.getName(), a.getValue(), e.getTagName()).isTrue();
                }
            }
            for (String required : rule.required()) {
                assertThat(e.hasAttribute(required)).as("<%s> has its required %s", e.getTagName(), required).isTrue();
            }
            if (e.hasAttribute("id")) {
                assertThat(ids.add(e.getAttribute("id"))).as("id %s is unique", e.getAttribute("id")).isTrue();
            }
        }
        for (Element e : elements) {
            for (String idref : List.of("ref", "format")) {
                if (e.hasAttribute(idref)) {
                    assertThat(ids).as("IDREF %s=\"%s\" of <%s> resolves", idref, e.getAttribute(idref), e.getTagName())
                            .contains(e.getAttribute(idref));
                }
            }
        }
    }

    /** A time attribute in seconds, exactly: {@code 1001/30000s} is 1001 over 30000. */
    static Fraction time(Element e, String attribute) {
        var m = TIME.matcher(e.getAttribute(attribute));
        if (!m.matches()) {
            throw new AssertionError(attribute + "=\"" + e.getAttribute(attribute) + "\" is not a time");
        }
        return new Fraction(Long.parseLong(m.group(1)), m.group(2) == null ? 1 : Long.parseLong(m.group(2)));
    }
}
