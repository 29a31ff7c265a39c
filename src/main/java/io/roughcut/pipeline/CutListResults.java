package io.roughcut.pipeline;

import io.roughcut.cutlist.AggregationInput;
import io.roughcut.cutlist.ChunkResult;
import io.roughcut.cutlist.ChunkStatus;
import io.roughcut.cutlist.CutEdit;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.CutListAggregator;
import io.roughcut.cutlist.Decision;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.cutlist.UnknownCutException;
import io.roughcut.export.CutListJson;
import io.roughcut.export.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** {@link ResultAssembly} by the {@code cutlist} and {@code export} packages; results stored as {@link CutListJson}. */
final class CutListResults implements ResultAssembly {

    @Override
    public String aggregate(Aggregation a) {
        SourceSummary source = SourceSummary.of(a.fileName(), null, a.sizeBytes(), a.durationSeconds(), a.original(),
                a.normalization()).withPictureChecks(a.pictureChecks());
        List<ChunkResult> chunks = a.chunks().stream().map(c -> c.state() == ChunkState.COMPLETE
                ? new ChunkResult(c.chunk(), c.sizeBytes(), ChunkStatus.COMPLETE, c.segments(), c.usage(), null)
                : new ChunkResult(c.chunk(), c.sizeBytes(), ChunkStatus.FAILED, List.of(), c.usage(), c.error()))
                .toList();
        return CutListJson.write(CutListAggregator.aggregate(
                new AggregationInput(a.jobId().toString(), source, a.analyzer(), chunks, a.elapsedMs())));
    }

    @Override
    public String withDecisions(String resultJson, Map<String, Decision> decisions) {
        return withReview(resultJson, List.of(), decisions);
    }

    @Override
    public String withReview(String resultJson, Collection<CutEdit> edits, Map<String, Decision> decisions) {
        CutList cutList = CutListJson.read(resultJson).withEdits(edits);
        for (var d : decisions.entrySet()) {
            try {
                cutList = cutList.withDecision(d.getKey(), d.getValue());
            } catch (UnknownCutException stale) {
                // A decision about a cut an earlier aggregation had; the current result does not, so it is moot.
            }
        }
        return CutListJson.write(cutList);
    }

    @Override
    public void export(String resultJson, String format, OutputStream out) {
        try {
            format(format).exporter().write(CutListJson.read(resultJson), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExportFormat format(String id) {
        return ExportFormat.fromId(id).orElseThrow(() -> new IllegalArgumentException("no export format " + id));
    }
}
