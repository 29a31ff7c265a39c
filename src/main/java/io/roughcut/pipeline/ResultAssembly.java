package io.roughcut.pipeline;

import io.roughcut.cutlist.CutEdit;
import io.roughcut.cutlist.Decision;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;

/**
 * The cut-list side of the pipeline: aggregate chunk results into the result JSON of ARCHITECTURE.md, apply
 * a person's decisions, and export. Wraps the plain-Java {@code cutlist} and {@code export} packages.
 * Thread-safe.
 */
public interface ResultAssembly {

    /** The job's result as JSON, every cut accepted. */
    String aggregate(Aggregation aggregation);

    /** The result with each cut's {@code decision} set from {@code decisions} (others stay as they are). */
    String withDecisions(String resultJson, Map<String, Decision> decisions);

    /**
     * The result as the reviewer left it: their edits to the cuts' extents applied first (see
     * {@code CutList.withEdits}), then their decisions, which may be about cuts they added. Every export
     * reads this.
     */
    String withReview(String resultJson, Collection<CutEdit> edits, Map<String, Decision> decisions);

    /** Writes the result in {@code format}, leaving rejected cuts out. */
    void export(String resultJson, String format, OutputStream out);
}
