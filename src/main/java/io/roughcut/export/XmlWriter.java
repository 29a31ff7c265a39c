package io.roughcut.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented UTF-8 XML, escaping every text and attribute value. Characters that XML 1.0 cannot hold
 * at all (control characters from a file name, say) become spaces, so the file always parses. Not
 * thread-safe; one document per instance.
 */
final class XmlWriter {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    /** Whether the innermost open element has child elements, so its end tag goes on a line of its own. */
    private boolean hasChildren;
    private boolean rootStarted;

    /** Starts the document: the XML declaration and, when {@code doctype} is not null, {@code <!DOCTYPE doctype>}. */
    XmlWriter(OutputStream stream, String doctype) throws IOException {
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (doctype != null) {
            out.write("<!DOCTYPE " + doctype + ">\n");
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs, and a null value leaves the pair out. */
    XmlWriter start(String name, String... attributes) throws IOException {
        tag(name, attributes);
        out.write(">");
        open.push(name);
        hasChildren = false;
        return this;
    }

    /** An element without children. */
    XmlWriter empty(String name, String... attributes) throws IOException {
        tag(name, attributes);
        out.write("/>");
        hasChildren = true;
        return this;
    }

    /** An element that holds only text: {@code <name>text</name>}, with attributes as in {@link #start}. */
    XmlWriter text(String name, Object text, String... attributes) throws IOException {
        tag(name, attributes);
        out.write(">");
        out.write(escape(String.valueOf(text), false));
        out.write("</" + name + ">");
        hasChildren = true;
        return this;
    }

    XmlWriter comment(String text) throws IOException {
        newLine(open.size());
        // "--" cannot appear in a comment.
        out.write("<!-- " + clean(text).replace("--", "- -") + " -->");
        hasChildren = true;
        return this;
    }

    XmlWriter end() throws IOException {
        String name = open.pop();
        if (hasChildren) {
            newLine(open.size());
        }
        out.write("</" + name + ">");
        hasChildren = true;
        return this;
    }

    /** Closes what is still open and flushes; the stream stays open. */
    void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        out.write("\n");
        out.flush();
    }

    private void tag(String name, String... attributes) throws IOException {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + name);
        }
        newLine(open.size());
        out.write("<" + name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.write(" " + attributes[i] + "=\"" + escape(attributes[i + 1], true) + "\"");
            }
        }
    }

    private void newLine(int depth) throws IOException {
        if (rootStarted) {
            out.write("\n");
        }
        rootStarted = true;
        out.write("  ".repeat(depth));
    }

    private static String escape(String value, boolean attribute) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (char c : clean(value).toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** XML 1.0 allows tab, line feed and carriage return, and no other control character. */
    private static String clean(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            b.append(allowed ? c : ' ');
        }
        return b.toString();
    }
}
