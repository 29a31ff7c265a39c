package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.export.ExportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's list of export formats is the registry's, so it cannot drift from what the product does. */
class ReadmeTests {

    private static final String START = "<!-- export formats: generated from ExportFormat; ReadmeTests fails when"
            + " this table and the registry differ -->\n";
    private static final String END = "<!-- end of export formats -->";

    @Test
    void theReadmeListsTheRegistrysFormats() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("the README marks where the formats go").isPositive();
        assertThat(end).isGreaterThan(start);

        String table = readme.substring(start + START.length(), end);

        assertThat(table).as("the README's table; paste this between the markers:%n%s", ExportFormats.markdownTable())
                .isEqualTo(ExportFormats.markdownTable());
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(readme).contains("`" + format.id() + "`");
        }
    }
}
