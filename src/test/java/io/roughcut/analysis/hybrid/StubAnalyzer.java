package io.roughcut.analysis.hybrid;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.Usage;
import java.util.List;

/** An analyser that answers what it is told, for tests of analysers that compose others. */
final class StubAnalyzer implements Analyzer {

    private final String name;
    private final List<Segment> segments;
    private final Usage usage;
    private final RuntimeException failure;
    private final RecordingProfile profile;
    private volatile AnalysisOptions lastOptions;

    private StubAnalyzer(String name, List<Segment> segments, Usage usage, RuntimeException failure,
                         RecordingProfile profile) {
        this.name = name;
        this.segments = segments;
        this.usage = usage;
        this.failure = failure;
        this.profile = profile;
    }

    static StubAnalyzer finding(String name, Usage usage, Segment... segments) {
        return new StubAnalyzer(name, List.of(segments), usage, null, new RecordingProfile(-60, -20));
    }

    static StubAnalyzer failing(String name, RuntimeException failure) {
        return new StubAnalyzer(name, List.of(), Usage.NONE, failure, RecordingProfile.NONE);
    }

    /** The options of the last chunk it was given. */
    AnalysisOptions lastOptions() {
        return lastOptions;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RecordingProfile profile(Recording recording) {
        return profile;
    }

    @Override
    public ChunkAnalysis analyze(ChunkInput chunk) {
        if (failure != null) {
            throw failure;
        }
        lastOptions = chunk.options();
        chunk.measured().accept(0.5);
        chunk.measured().accept(1);
        return new ChunkAnalysis(segments, usage);
    }
}
