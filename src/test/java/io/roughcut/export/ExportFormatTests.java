package io.roughcut.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFormatTests {

    @Test
    void everyFormatHasAnExporterOfItsOwn() {
        for (ExportFormat format : ExportFormat.values()) {
            Exporter exporter = format.exporter();
            assertThat(exporter.format()).isEqualTo(format);
            assertThat(exporter.fileExtension()).isEqualTo(format.id());
            assertThat(exporter.contentType()).isNotBlank();
            assertThat(ExportFormat.fromId(format.id().toUpperCase())).contains(format);
        }
        assertThat(ExportFormat.fromId("docx")).isEmpty();
    }
}
