package io.roughcut.web;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Recording;
import io.roughcut.analysis.RecordingProfile;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app's own analyser behind a gate that a test closes, so a browser can watch chunks wait and then
 * finish while its page is open; a test can also make one chunk's analysis fail, as a broken model answer
 * would. Otherwise the analysis is the real one. Thread-safe.
 */
final class GatedAnalyzer implements Analyzer {

    /** Added with {@code spring.main.sources}; deliberately not a @Configuration, so no component scan finds it. */
    static final String SOURCE = "spring.main.sources=" + GatedAnalyzer.Wiring.class.getName();

    static final String FAULT = "The analyser could not read this chunk (a fault the browser test injected).";

    private static volatile CountDownLatch gate = new CountDownLatch(0);
    static final String PROFILE_FAULT = "The analyser could not read the recording (a fault the browser test injected).";

    private static volatile int failingChunk = -1;
    private static volatile boolean failingProfile;

    private final Analyzer analyzer;

    private GatedAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** From now on, chunk analyses wait until {@link #open()}. */
    static void close() {
        gate = new CountDownLatch(1);
    }

    static void open() {
        gate.countDown();
    }

    /** Every try at the chunk with this index fails from now on; -1 for none. */
    static void failChunk(int index) {
        failingChunk = index;
    }

    /** Reading the whole recording's profile, which preparing a job needs, fails from now on (or not). */
    static void failProfile(boolean fail) {
        failingProfile = fail;
    }

    @Override
    public String name() {
        return analyzer.name();
    }

    @Override
    public RecordingProfile profile(Recording recording) {
        if (failingProfile) {
            throw new AnalysisException(PROFILE_FAULT);
        }
        return analyzer.profile(recording);
    }

    @Override
    public ChunkAnalysis analyze(ChunkInput chunk) {
        try {
            // Bounded, so a test that forgets to open the gate fails on its own assertions instead of hanging.
            gate.await(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (chunk.chunk().index() == failingChunk) {
            throw new AnalysisException(FAULT);
        }
        return analyzer.analyze(chunk);
    }

    static final class Wiring {

        @Bean
        @Primary
        Analyzer gatedAnalyzer(List<Analyzer> analyzers) {
            return new GatedAnalyzer(analyzers.stream().filter(a -> !(a instanceof GatedAnalyzer)).findFirst()
                    .orElseThrow());
        }
    }
}
