package io.roughcut.export;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.analysis.Usage;
import io.roughcut.cutlist.ChunkStatus;
import io.roughcut.cutlist.ChunkSummary;
import io.roughcut.cutlist.Cut;
import io.roughcut.cutlist.CutList;
import io.roughcut.cutlist.Processing;
import io.roughcut.cutlist.SourceSummary;
import io.roughcut.cutlist.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small cut lists for exporter tests, built directly rather than through the aggregator. */
final class Results {

    private Results() {
    }

    static CutList of(double duration, String frameRate, Cut... cuts) {
        return of(new SourceSummary("talk.mov", null, 123, duration, "mov", "h264", "pcm_s16le", "remux",
                frameRate, false, 1920, 1080, List.of(2), 48000, null, 0, false), cuts);
    }

    /** A cut list of these cuts in a recording that {@code source} describes. */
    static CutList of(SourceSummary source, Cut... cuts) {
        double duration = source.durationSeconds();
        List<Cut> list = List.of(cuts);
        return new CutList("job-1", source,
                List.of(new ChunkSummary(0, 0, duration, 100, ChunkStatus.COMPLETE, list.size(), null)),
                list, Summary.of(list, duration),
                new Processing("local", 1, 1, 0, 0, 81234, Usage.NONE));
    }

    /** Cuts s-0001, s-0002, ... over the given start/end pairs, all pauses from the local analyser. */
    static Cut[] pauses(double... startEnd) {
        List<Cut> cuts = new ArrayList<>();
        for (int i = 0; i < startEnd.length; i += 2) {
            cuts.add(Cut.of(String.format("s-%04d", i / 2 + 1), startEnd[i], startEnd[i + 1], Category.PAUSE,
                    "silence", 0.9, null, SegmentSource.LOCAL, List.of(0)));
        }
        return cuts.toArray(Cut[]::new);
    }

    /** What the format's exporter writes for the cut list, as text. */
    static String export(ExportFormat format, CutList cutList) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.exporter().write(cutList, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
