package io.roughcut.analysis.gemini;

import io.roughcut.analysis.AnalysisException;
import io.roughcut.analysis.ChunkTooLongException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one kind of Gemini request with bounded retries: a 429 waits for the {@code retryDelay} its body
 * asks for (capped), server and I/O errors back off exponentially with jitter, and errors no retry can
 * fix become {@link GeminiConfigurationException} or {@link AnalysisException} at once. Waits go through
 * an injected {@link Pause}, so tests run fast. Thread-safe.
 */
final class RetryPolicy {

    /** Waits between attempts; the real one sleeps. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;

        Pause SLEEP = duration -> Thread.sleep(duration);
    }

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    private final GeminiSettings settings;
    private final Pause pause;

    RetryPolicy(GeminiSettings settings, Pause pause) {
        this.settings = settings;
        this.pause = pause;
    }

    /**
     * @param what             names the request in messages ("Uploading chunk 3")
     * @param timeoutSplitsChunk true for generateContent, whose timeout means the chunk is too long
     */
    <T> T call(String what, boolean timeoutSplitsChunk, Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (GeminiCallException e) {
                Duration wait = waitBeforeRetry(e, attempt, timeoutSplitsChunk, what);
                if (attempt >= settings.retryAttempts()) {
                    throw new AnalysisException(what + " failed after " + attempt + " attempts: " + e.getMessage()
                            + ". Gemini may be overloaded; try again later.", e);
                }
                log.warn("{} failed (attempt {} of {}), retrying in {} ms: {}", what, attempt,
                        settings.retryAttempts(), wait.toMillis(), e.getMessage());
                sleep(wait);
            } catch (GeminiAnswerParser.TruncatedAnswerException e) {
                throw new ChunkTooLongException(e.getMessage() + " The chunk will be split in half.", e);
            } catch (GeminiAnswerParser.BadAnswerException e) {
                if (attempt >= settings.retryAttempts()) {
                    throw new AnalysisException(what + " failed after " + attempt + " attempts: " + e.getMessage(), e);
                }
                log.warn("{}: unusable answer (attempt {} of {}): {}", what, attempt, settings.retryAttempts(),
                        e.getMessage());
                sleep(backoff(attempt));
            }
        }
    }

    /** How long to wait before the next attempt, or throws when retrying cannot help. */
    private Duration waitBeforeRetry(GeminiCallException e, int attempt, boolean timeoutSplitsChunk, String what) {
        return switch (e.kind()) {
            case TIMEOUT -> {
                if (timeoutSplitsChunk) {
                    throw new ChunkTooLongException(what + " did not answer within "
                            + settings.generationTimeout().toSeconds() + " s; the chunk will be split in half.", e);
                }
                yield backoff(attempt);
            }
            case IO -> backoff(attempt);
            case HTTP -> switch (e.httpCode()) {
                case 429 -> cap(e.retryDelay() != null ? e.retryDelay() : backoff(attempt));
                case 500, 502, 503, 504 -> backoff(attempt);
                case 400 -> {
                    if ("FAILED_PRECONDITION".equals(e.status())) {
                        yield backoff(attempt);
                    }
                    throw badRequest(e, what);
                }
                case 401, 403 -> throw badKey(e);
                case 404 -> throw new GeminiConfigurationException("Gemini does not know the model '"
                        + settings.model() + "' (HTTP 404). Choose another model with GEMINI_MODEL or "
                        + "roughcut.gemini.model, for example " + GeminiSettings.DEFAULT_MODEL + ".", e);
                default -> throw new AnalysisException(e.getMessage(), e);
            };
        };
    }

    private RuntimeException badRequest(GeminiCallException e, String what) {
        if ("API_KEY_INVALID".equals(e.reason()) || e.getMessage().contains("API key not valid")) {
            return badKey(e);
        }
        return new AnalysisException(what + " was refused: " + e.getMessage(), e);
    }

    private GeminiConfigurationException badKey(GeminiCallException e) {
        return new GeminiConfigurationException("Gemini refused the API key (" + e.getMessage() + "). Set "
                + "GEMINI_API_KEY to a valid key from https://aistudio.google.com/apikey, or use the local analyser.", e);
    }

    Duration backoff(int attempt) {
        long base = settings.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return cap(Duration.ofMillis(jittered));
    }

    private Duration cap(Duration d) {
        return d.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : d;
    }

    void sleep(Duration d) {
        try {
            pause.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException("The analysis was cancelled.", e);
        }
    }
}
