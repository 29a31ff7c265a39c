package io.roughcut.analysis.gemini;

import com.google.genai.types.Candidate;
import com.google.genai.types.GenerateContentResponse;
import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.Analyzer;
import io.roughcut.analysis.ChunkAnalysis;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.ChunkTooLongException;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.Usage;
import io.roughcut.media.FfmpegRunner;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code gemini} analyser: per chunk it uploads the chunk's file through the Files API, waits until
 * Gemini has processed it, asks generateContent for the cuts as JSON, validates the answer and deletes
 * the file again, whether the analysis worked or not. At most {@code parallelism} chunks talk to Gemini
 * at a time, however many threads call. Thread-safe.
 */
public final class GeminiAnalyzer implements Analyzer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GeminiAnalyzer.class);

    // How a chunk's progress is shared out: sending the file, Gemini processing it, and its answer, which
    // takes longest and arrives all at once.
    private static final double UPLOADED = 0.3;
    private static final double PROCESSED = 0.4;

    /** Finish reasons that mean Gemini refused the content: retrying gives the same answer. */
    private static final Set<String> BLOCKED = Set.of("SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII",
            "RECITATION", "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT", "LANGUAGE");

    private final GeminiSettings settings;
    private final GeminiFiles files;
    private final GeminiGenerator generator;
    private final RetryPolicy retries;
    private final Semaphore slots;

    GeminiAnalyzer(GeminiSettings settings, RetryPolicy.Pause pause) {
        if (!settings.hasApiKey()) {
            throw new GeminiConfigurationException("The Gemini analyser needs an API key. Set GEMINI_API_KEY "
                    + "(from https://aistudio.google.com/apikey), or use the local analyser.");
        }
        if (settings.price() == null) {
            log.warn("The price table lists no price for model {}; its calls will show a cost of $0. Add it to"
                    + " the Gemini price configuration.", settings.model());
        }
        this.settings = settings;
        this.files = new GeminiFiles(settings.baseUrl(), settings.apiKey(), settings.uploadTimeout());
        this.generator = new GeminiGenerator(settings);
        this.retries = new RetryPolicy(settings, pause);
        this.slots = new Semaphore(settings.parallelism());
    }

    /**
     * The analyser the CLI and the service use. The runner is not needed by Gemini itself; it is taken so
     * that every analyser is built from the same parts.
     *
     * @throws GeminiConfigurationException when the settings have no API key
     */
    public static GeminiAnalyzer fromSettings(GeminiSettings settings, FfmpegRunner ffmpeg) {
        return new GeminiAnalyzer(settings, RetryPolicy.Pause.SLEEP);
    }

    public GeminiSettings settings() {
        return settings;
    }

    @Override
    public String name() {
        return "gemini";
    }

    @Override
    public ChunkAnalysis analyze(ChunkInput chunk) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("The analysis was cancelled.", e);
        }
        try {
            return analyzeHoldingSlot(chunk);
        } finally {
            slots.release();
        }
    }

    private ChunkAnalysis analyzeHoldingSlot(ChunkInput chunk) {
        String label = "chunk " + (chunk.chunk().index() + 1) + " of " + chunk.chunkCount();
        GeminiFile file = upload(chunk, label);
        try {
            file = awaitProcessed(file, label);
            if (file.isFailed()) {
                log.warn("Gemini could not process the upload of {} ({}); uploading it once more", label, file.error());
                deleteQuietly(file);
                file = awaitProcessed(upload(chunk, label), label);
                if (file.isFailed()) {
                    throw new AnalysisException("Gemini could not process " + label + " after two uploads: "
                            + file.error());
                }
            }
            chunk.measured().accept(PROCESSED);
            GeminiFile active = file;
            String prompt = GeminiPrompt.forChunk(chunk);
            Usage[] spent = {Usage.NONE};
            List<Segment> segments = retries.call("Analysing " + label, true, () -> {
                GenerateContentResponse response = generator.generate(active, prompt, GeminiPrompt.responseSchema());
                spent[0] = spent[0].plus(UsageMeter.of(response, settings.price()));
                return segmentsOf(response, chunk, label);
            });
            chunk.measured().accept(1);
            return new ChunkAnalysis(segments, spent[0]);
        } finally {
            deleteQuietly(file);
        }
    }

    private GeminiFile upload(ChunkInput chunk, String label) {
        String displayName = "roughcut-" + chunk.file().getFileName();
        return retries.call("Uploading " + label, false, () -> files.upload(chunk.file(), displayName,
                sent -> chunk.measured().accept(UPLOADED * sent)));
    }

    /** Polls until the file leaves PROCESSING, for at most the processing timeout. */
    private GeminiFile awaitProcessed(GeminiFile file, String label) {
        long polls = Math.max(1, settings.processingTimeout().toMillis() / Math.max(1, settings.pollInterval().toMillis()));
        GeminiFile current = file;
        for (long i = 0; !current.isActive() && !current.isFailed(); i++) {
            if (i >= polls) {
                throw new AnalysisException("Gemini was still processing the upload of " + label + " after "
                        + settings.processingTimeout().toSeconds() + " s. Try again later.");
            }
            retries.sleep(settings.pollInterval());
            String name = current.name();
            current = retries.call("Checking the upload of " + label, false, () -> files.get(name));
        }
        return current;
    }

    private List<Segment> segmentsOf(GenerateContentResponse response, ChunkInput chunk, String label) {
        response.promptFeedback().flatMap(f -> f.blockReason()).ifPresent(reason -> {
            throw new ContentBlockedException("Gemini refused to analyse " + label + " (blocked: " + reason
                    + "). Such chunks are left for manual review.");
        });
        Candidate candidate = response.candidates().flatMap(c -> c.stream().findFirst()).orElse(null);
        String finish = candidate == null ? "STOP"
                : candidate.finishReason().map(Object::toString).orElse("STOP");
        if (finish.equals("MAX_TOKENS")) {
            throw new ChunkTooLongException("Gemini's answer for " + label + " hit the limit of "
                    + settings.maxOutputTokens() + " output tokens; the chunk will be split in half.");
        }
        if (BLOCKED.contains(finish)) {
            throw new ContentBlockedException("Gemini refused to analyse " + label + " (finish reason " + finish
                    + "). Such chunks are left for manual review.");
        }
        return GeminiAnswerParser.parse(response.text(), chunk.chunk().fileDuration());
    }

    private void deleteQuietly(GeminiFile file) {
        try {
            files.delete(file.name());
        } catch (RuntimeException e) {
            // Gemini deletes uploads after 48 h anyway; a failed clean-up must not fail the chunk.
            log.warn("Could not delete {} from Gemini: {}", file.name(), e.getMessage());
        }
    }

    @Override
    public void close() {
        generator.close();
    }
}
