package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link CutList} in one file format. Exporters honour the reviewer's decisions: only cuts whose
 * decision is accepted are removed or marked ({@link CutList#keptRanges()}, {@link CutList#acceptedCuts()}).
 * Implementations are stateless and thread-safe; get one from {@link ExportFormat#exporter()}.
 */
public interface Exporter {

    ExportFormat format();

    /** The HTTP content type of the output, with its charset for text formats. */
    default String contentType() {
        return format().contentType();
    }

    /** The file name extension, without the dot. */
    default String fileExtension() {
        return format().extension();
    }

    /** Writes the whole file to {@code out}, which it leaves open. */
    void write(CutList cutList, OutputStream out) throws IOException;
}
