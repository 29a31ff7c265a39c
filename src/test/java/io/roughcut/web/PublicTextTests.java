package io.roughcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PublicTextTests {

    private final PublicText text = new PublicText(Path.of("/srv/roughcut/data"));

    @Test
    void serverPathsBecomeThePersonsFileName() {
        assertThat(text.scrub("talk.mp4 looks like a video but cannot be read (ffprobe failed (exit code 1): "
                + "/srv/roughcut/data/uploads/0f1e-22: Invalid data found when processing input).", "talk.mp4"))
                .isEqualTo("talk.mp4 looks like a video but cannot be read (ffprobe failed (exit code 1): "
                        + "talk.mp4: Invalid data found when processing input).");
        String tmp = System.getProperty("java.io.tmpdir");
        assertThat(text.scrub("Could not write " + tmp + "/x/normalized.mp4.part", null)).isEqualTo("Could not write the file");
    }

    @Test
    void javaClassNamesAreDropped() {
        assertThat(text.scrub("java.nio.file.NoSuchFileException: gone", "a.mp4")).isEqualTo("gone");
        assertThat(text.scrub("failed: java.io.UncheckedIOException: broken pipe", null)).isEqualTo("failed: broken pipe");
        assertThat(text.scrub("Keep 2.5 s of silence.", null)).isEqualTo("Keep 2.5 s of silence.");
    }
}
