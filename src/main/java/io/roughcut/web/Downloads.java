package io.roughcut.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download named after the user's file, as RFC 6266 asks: a plain ASCII
 * {@code filename} for old clients and the exact name, percent-encoded UTF-8, in {@code filename*}. Any name
 * works, emoji and all.
 */
final class Downloads {

    private Downloads() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** The name with accents dropped and anything else outside printable ASCII (and quotes) made {@code _}. */
    static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        decomposed.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 5987 {@code value-chars}: ALPHA, DIGIT and {@code !#$&+-.^_`|~} as they are, every other byte as %XX. */
    private static String encode(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
