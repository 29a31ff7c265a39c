package io.roughcut.pipeline.interim;

import io.roughcut.analysis.Segment;
import io.roughcut.pipeline.Aggregation;
import io.roughcut.pipeline.ChunkOutcome;
import io.roughcut.pipeline.ChunkState;
import io.roughcut.pipeline.Decision;
import io.roughcut.pipeline.ResultAssembly;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the result JSON without boundary merging; exports JSON and CSV. */
public final class InterimResults implements ResultAssembly {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String aggregate(Aggregation a) {
        ObjectNode root = json.createObjectNode();
        root.put("jobId", a.jobId().toString());
        ObjectNode source = root.putObject("source");
        source.put("fileName", a.fileName());
        source.put("sizeBytes", a.sizeBytes());
        source.put("durationSeconds", a.original().durationSeconds());
        source.put("container", a.original().container().id());
        source.put("videoCodec", a.original().video().codec());
        source.put("audioCodec", a.original().hasAudio() ? a.original().audio().codec() : null);
        source.put("normalized", a.normalization());
        ArrayNode chunks = root.putArray("chunks");
        record Cut(Segment segment, double start, double end, int chunk) {
        }
        List<Cut> cuts = new ArrayList<>();
        int failed = 0;
        for (ChunkOutcome c : a.chunks()) {
            ObjectNode n = chunks.addObject();
            n.put("index", c.chunk().index());
            n.put("start", c.chunk().start());
            n.put("end", c.chunk().end());
            n.put("sizeBytes", c.sizeBytes());
            n.put("status", c.state().id());
            n.put("cutsFound", c.segments().size());
            if (c.state() == ChunkState.FAILED) {
                failed++;
            }
            for (Segment s : c.segments()) {
                double start = Math.min(c.chunk().end(), c.chunk().start() + s.start());
                double end = Math.min(c.chunk().end(), c.chunk().start() + s.end());
                if (end > start) {
                    cuts.add(new Cut(s, start, end, c.chunk().index()));
                }
            }
        }
        cuts.sort(Comparator.comparingDouble(Cut::start));
        ArrayNode segments = root.putArray("segmentsToRemove");
        double removed = 0;
        int i = 0;
        for (Cut c : cuts) {
            ObjectNode n = segments.addObject();
            n.put("id", String.format(Locale.ROOT, "s-%04d", ++i));
            n.put("start", round(c.start()));
            n.put("end", round(c.end()));
            n.put("duration", round(c.end() - c.start()));
            n.put("category", c.segment().category().id());
            n.put("reason", c.segment().reason());
            n.put("confidence", c.segment().confidence());
            n.put("source", c.segment().source().id());
            n.putArray("chunks").add(c.chunk());
            n.put("decision", "accepted");
            removed += c.end() - c.start();
        }
        double duration = a.original().durationSeconds();
        ObjectNode summary = root.putObject("summary");
        summary.put("originalDuration", round(duration));
        summary.put("finalDuration", round(duration - removed));
        summary.put("timeRemoved", round(removed));
        summary.put("cutCount", cuts.size());
        ObjectNode processing = root.putObject("processing");
        processing.put("analyzer", a.analyzer());
        processing.put("totalChunks", a.chunks().size());
        processing.put("successfulChunks", a.chunks().size() - failed);
        processing.put("failedChunks", failed);
        processing.put("elapsedMs", a.elapsedMs());
        return json.writeValueAsString(root);
    }

    @Override
    public String withDecisions(String resultJson, Map<String, Decision> decisions) {
        ObjectNode root = (ObjectNode) json.readTree(resultJson);
        for (JsonNode s : root.path("segmentsToRemove")) {
            Decision d = decisions.get(s.path("id").asString());
            if (d != null) {
                ((ObjectNode) s).put("decision", d.id());
            }
        }
        return json.writeValueAsString(root);
    }

    @Override
    public List<String> formats() {
        return List.of("json", "csv");
    }

    @Override
    public String contentType(String format) {
        return format.equals("csv") ? "text/csv" : "application/json";
    }

    @Override
    public void export(String resultJson, String format, OutputStream out) {
        JsonNode root = json.readTree(resultJson);
        StringBuilder text = new StringBuilder();
        if (format.equals("csv")) {
            text.append("id,start,end,duration,category,reason,confidence\n");
            for (JsonNode s : root.path("segmentsToRemove")) {
                if (!s.path("decision").asString().equals("rejected")) {
                    text.append(String.join(",", s.path("id").asString(), s.path("start").asString(),
                            s.path("end").asString(), s.path("duration").asString(), s.path("category").asString(),
                            '"' + s.path("reason").asString().replace("\"", "\"\"") + '"',
                            s.path("confidence").asString())).append('\n');
                }
            }
        } else {
            ObjectNode copy = (ObjectNode) root.deepCopy();
            ArrayNode kept = json.createArrayNode();
            for (JsonNode s : root.path("segmentsToRemove")) {
                if (!s.path("decision").asString().equals("rejected")) {
                    kept.add(s);
                }
            }
            copy.set("segmentsToRemove", kept);
            text.append(json.writerWithDefaultPrettyPrinter().writeValueAsString(copy));
        }
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
