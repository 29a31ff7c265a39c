package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class DownloadsTests {

    @Test
    void anAsciiNameIsInBothForms() {
        assertThat(Downloads.attachment("talk-cuts.csv"))
                .isEqualTo("attachment; filename=\"talk-cuts.csv\"; filename*=UTF-8''talk-cuts.csv");
    }

    @Test
    void anyOtherNameHasAnAsciiFallbackAndItsExactFormPercentEncoded() {
        String header = Downloads.attachment("Vortrag über \"KI\" 🎬-cuts.edl");
        assertThat(header).startsWith("attachment; filename=\"Vortrag uber _KI_ _-cuts.edl\"; filename*=UTF-8''")
                .contains("%C3%BC", "%F0%9F%8E%AC", "%22").doesNotContain("ü");
        assertThat(header.chars().allMatch(c -> c < 0x80)).as("a header is ASCII").isTrue();
        // Spring's reader, like a browser's, gets the exact name back from filename*.
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Vortrag über \"KI\" 🎬-cuts.edl");
    }
}
