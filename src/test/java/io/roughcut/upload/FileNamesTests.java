package io.roughcut.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsOnlyTheNameWithoutPathsControlsOrMarkup() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("C:\\Users\\me\\talk.mov")).isEqualTo("talk.mov");
        assertThat(FileNames.sanitize("<b>talk</b>.mp4")).isEqualTo("b.mp4");
        assertThat(FileNames.sanitize("<talk>.mp4")).isEqualTo("talk.mp4");
        assertThat(FileNames.sanitize("a\u0000b\nc.mp4")).isEqualTo("abc.mp4");
        assertThat(FileNames.sanitize("...hidden.mp4")).isEqualTo("hidden.mp4");
        assertThat(FileNames.sanitize("  ")).isEqualTo("video");
        assertThat(FileNames.sanitize(null)).isEqualTo("video");
        assertThat(FileNames.sanitize("Mein Vortrag (final) – 2.mp4")).isEqualTo("Mein Vortrag (final) – 2.mp4");
        String longName = "x".repeat(500) + ".mov";
        assertThat(FileNames.sanitize(longName)).hasSizeLessThanOrEqualTo(200).endsWith(".mov");
    }

    @Test
    void refusesExtensionsThatAreNotVideo() {
        FileNames.requireVideoExtension("talk.MOV");
        FileNames.requireVideoExtension("no-extension");
        assertThatThrownBy(() -> FileNames.requireVideoExtension("notes.txt"))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining(".txt");
    }
}
