package io.roughcut.export;

import io.roughcut.cutlist.CutList;
import java.io.OutputStream;

/** The whole result as JSON, rejected cuts included and marked, so that a review can be picked up again. */
final class JsonExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }



    @Override
    public void write(CutList cutList, OutputStream out) {
        CutListJson.write(cutList, out);
    }
}
