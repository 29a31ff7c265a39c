package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link CutList} in one file format. Exporters honour the reviewer's decisions: rejected cuts are
 * never exported as cuts. Implementations are stateless and thread-safe; get one from
 * {@link ExportFormat#exporter()}.
 */
public interface Exporter {

    ExportFormat format();

    /** The HTTP content type of the output, with its charset for text formats. */
    String contentType();

    /** The file name extension, without the dot. */
    String fileExtension();

    /** Writes the whole file to {@code out}, which it leaves open. */
    void write(CutList cutList, OutputStream out) throws IOException;
}
