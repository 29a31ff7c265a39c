package io.roughcut.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The JDK's own XML parser, hardened, and a few DOM conveniences for the export readers. */
final class XmlDocuments {

    private XmlDocuments() {
    }

    /** Parses with the JDK parser; a document that is not well-formed fails the test here. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the JDK parser refused the file: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("<" + parent.getTagName() + "> has " + found.size() + " <" + name + ">, not one");
        }
        return found.getFirst();
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }

    static long number(Element parent, String name) {
        return Long.parseLong(text(parent, name));
    }

    /** Every element of the document in document order. */
    static List<Element> all(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        for (Element child : children(root)) {
            all.addAll(all(child));
        }
        return all;
    }
}
