package io.roughcut.export;

import io.roughcut.cutlist.SourceSummary;

/**
 * The frame size the XML formats declare. A result stored before sizes were recorded says 0 x 0; editors
 * need some size for the sequence, and 1920 x 1080 is what such recordings nearly always were.
 */
record Picture(int width, int height) {

    static Picture of(SourceSummary source) {
        return source.width() > 0 && source.height() > 0 ? new Picture(source.width(), source.height())
                : new Picture(1920, 1080);
    }

    /** The display aspect ratio in lowest terms, such as 16:9, for square pixels. */
    int[] aspect() {
        int g = gcd(width, height);
        return new int[] {width / g, height / g};
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
