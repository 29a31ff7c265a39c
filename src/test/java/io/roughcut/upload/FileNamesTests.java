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
        assertThat(FileNames.sanitize(longName)).hasSize(FileNames.MAX_LENGTH).endsWith(".mov");
    }

    @Test
    void aLongNameIsCutBetweenCharactersAsPeopleSeeThem() {
        String emoji = FileNames.sanitize("🎬".repeat(150) + ".mp4");
        assertThat(emoji).endsWith(".mp4").hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(emoji.substring(0, emoji.length() - 4)).matches("(🎬)+");
        // A flag is two code points; a family is seven joined by zero-width joiners. Neither is cut apart.
        String flags = FileNames.sanitize("🇩🇪".repeat(60) + ".mov");
        assertThat(flags.substring(0, flags.length() - 4)).matches("(🇩🇪)+");
        String families = FileNames.sanitize("👨‍👩‍👧‍👦".repeat(30) + ".mkv");
        assertThat(families.substring(0, families.length() - 4)).matches("(👨‍👩‍👧‍👦)+");
        String accents = FileNames.sanitize("e\u0301".repeat(300) + ".mp4");
        assertThat(accents).endsWith(".mp4").doesNotContain("\u0301");
        // Halves of surrogate pairs, as a client that cut a name itself sends them, are dropped.
        assertThat(FileNames.sanitize("talk\uD83C.mp4")).isEqualTo("talk.mp4");
    }

    @Test
    void aNameWithALongTailAfterItsLastDotIsCutNotBroken() {
        String name = FileNames.sanitize("x." + "a".repeat(250));
        assertThat(name).hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH).startsWith("x.aaa");
        assertThatThrownBy(() -> FileNames.requireVideoExtension(name))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining("extension")
                .hasMessageNotContaining("aaaaaaaaaaaa");
    }

    @Test
    void refusesExtensionsThatAreNotVideo() {
        FileNames.requireVideoExtension("talk.MOV");
        FileNames.requireVideoExtension("no-extension");
        assertThatThrownBy(() -> FileNames.requireVideoExtension("notes.txt"))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining(".txt");
    }
}
