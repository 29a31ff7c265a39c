package io.roughcut.analysis.gemini;

import io.roughcut.media.ChunkLimits;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the Gemini analyser talks to Gemini, with defaults chosen for cost (see BENCHMARKS.md: about
 * $0.22 per video hour at these defaults). Immutable; build variants with {@link #toBuilder()}.
 *
 * @param apiKey            the Gemini API key, or null when none is configured
 * @param baseUrl           scheme, host and port of the API, such as {@code https://generativelanguage.googleapis.com}
 * @param model             model id, such as {@code gemini-2.5-flash}
 * @param mediaResolution   how finely frames are looked at; LOW bills 66 tokens a frame instead of 258
 * @param fps               frames per second Gemini samples from the video
 * @param temperature       sampling temperature; low, because the task is extraction
 * @param maxOutputTokens   cap on one answer, thinking included
 * @param thinkingBudget    cap on thinking tokens per call; -1 lets the model decide
 * @param maxChunkSeconds   the longest chunk the chunk planner may give this analyser. At 600 s and LOW
 *                          resolution a chunk is about 60k prompt tokens, far inside the 1M context, and
 *                          its answer (a few thousand tokens) far inside {@code maxOutputTokens}
 * @param parallelism       how many chunks of one job are analysed at a time
 * @param uploadTimeout     for one upload request (start or one 8 MiB piece)
 * @param processingTimeout how long an uploaded file may stay PROCESSING
 * @param pollInterval      pause between two looks at a PROCESSING file
 * @param generationTimeout for one generateContent call; past it the chunk is split in half
 * @param retryAttempts     attempts per request for rate limits, server errors and I/O errors
 * @param initialBackoff    first backoff after a server or I/O error; doubles each time, with jitter
 * @param maxRetryDelay     the longest single wait, whatever a 429's {@code retryDelay} asks for
 * @param prices            list prices by model id, in US dollars per million tokens
 */
public record GeminiSettings(String apiKey, String baseUrl, String model, MediaResolution mediaResolution, double fps,
                             double temperature, int maxOutputTokens, int thinkingBudget, double maxChunkSeconds,
                             int parallelism, Duration uploadTimeout, Duration processingTimeout,
                             Duration pollInterval, Duration generationTimeout, int retryAttempts,
                             Duration initialBackoff, Duration maxRetryDelay, Map<String, ModelPrice> prices) {

    public static final String DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com";
    public static final String DEFAULT_MODEL = "gemini-2.5-flash";

    /** Late-2025 list prices (standard tier, prompts under 200k tokens). Keep them in configuration. */
    public static final Map<String, ModelPrice> DEFAULT_PRICES = Map.of(
            "gemini-2.5-flash", new ModelPrice(0.30, 1.00, 2.50),
            "gemini-2.5-pro", new ModelPrice(1.25, 1.25, 10.00),
            "gemini-3-flash-preview", new ModelPrice(0.50, 1.00, 3.00));

    public GeminiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mediaResolution, "mediaResolution");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        prices = Map.copyOf(prices);
        if (fps <= 0 || maxOutputTokens <= 0 || maxChunkSeconds <= 0 || parallelism <= 0 || retryAttempts <= 0) {
            throw new IllegalArgumentException("fps, maxOutputTokens, maxChunkSeconds, parallelism and retryAttempts"
                    + " must be positive");
        }
    }

    /** The defaults, with the key and base URL from the environment. */
    public static GeminiSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Reads {@code GEMINI_API_KEY} (or {@code GOOGLE_API_KEY}), {@code GOOGLE_GEMINI_BASE_URL} and
     * {@code GEMINI_MODEL}; everything else keeps its default.
     */
    public static GeminiSettings fromEnvironment(Map<String, String> env) {
        String key = firstNonBlank(env.get("GEMINI_API_KEY"), env.get("GOOGLE_API_KEY"));
        String baseUrl = firstNonBlank(env.get("GOOGLE_GEMINI_BASE_URL"), DEFAULT_BASE_URL);
        String model = firstNonBlank(env.get("GEMINI_MODEL"), DEFAULT_MODEL);
        return defaults(key).toBuilder().baseUrl(baseUrl).model(model).build();
    }

    /** The defaults with this key (which may be null). */
    public static GeminiSettings defaults(String apiKey) {
        return new GeminiSettings(apiKey, DEFAULT_BASE_URL, DEFAULT_MODEL, MediaResolution.LOW, 1.0, 0.2, 16_384, 1024,
                600, 5, Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofMinutes(5), 4,
                Duration.ofSeconds(2), Duration.ofSeconds(60), DEFAULT_PRICES);
    }

    public boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /**
     * The chunk limits for a recording analysed by Gemini: those given, with the duration capped at
     * {@link #maxChunkSeconds}. Gemini's own file limit (2 GB) is far above the 500 MB chunks.
     */
    public ChunkLimits chunkLimits(ChunkLimits base) {
        return new ChunkLimits(base.maxChunkBytes(), Math.min(base.maxChunkSeconds(), maxChunkSeconds),
                base.overlapSeconds());
    }

    /** The price of the configured model, or null when the price table does not list it. */
    public ModelPrice price() {
        return prices.get(model);
    }

    /** A builder that starts from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings and keeps the others; {@link #build} validates. Not thread-safe. */
    public static final class Builder {
        private String apiKey;
        private String baseUrl;
        private String model;
        private MediaResolution mediaResolution;
        private double fps;
        private double temperature;
        private int maxOutputTokens;
        private int thinkingBudget;
        private double maxChunkSeconds;
        private int parallelism;
        private Duration uploadTimeout;
        private Duration processingTimeout;
        private Duration pollInterval;
        private Duration generationTimeout;
        private int retryAttempts;
        private Duration initialBackoff;
        private Duration maxRetryDelay;
        private Map<String, ModelPrice> prices;

        private Builder(GeminiSettings s) {
            apiKey = s.apiKey;
            baseUrl = s.baseUrl;
            model = s.model;
            mediaResolution = s.mediaResolution;
            fps = s.fps;
            temperature = s.temperature;
            maxOutputTokens = s.maxOutputTokens;
            thinkingBudget = s.thinkingBudget;
            maxChunkSeconds = s.maxChunkSeconds;
            parallelism = s.parallelism;
            uploadTimeout = s.uploadTimeout;
            processingTimeout = s.processingTimeout;
            pollInterval = s.pollInterval;
            generationTimeout = s.generationTimeout;
            retryAttempts = s.retryAttempts;
            initialBackoff = s.initialBackoff;
            maxRetryDelay = s.maxRetryDelay;
            prices = s.prices;
        }

        public Builder apiKey(String value) {
            apiKey = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public Builder model(String value) {
            model = value;
            return this;
        }

        public Builder mediaResolution(MediaResolution value) {
            mediaResolution = value;
            return this;
        }

        public Builder fps(double value) {
            fps = value;
            return this;
        }

        public Builder temperature(double value) {
            temperature = value;
            return this;
        }

        public Builder maxOutputTokens(int value) {
            maxOutputTokens = value;
            return this;
        }

        public Builder thinkingBudget(int value) {
            thinkingBudget = value;
            return this;
        }

        public Builder maxChunkSeconds(double value) {
            maxChunkSeconds = value;
            return this;
        }

        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        public Builder uploadTimeout(Duration value) {
            uploadTimeout = value;
            return this;
        }

        public Builder processingTimeout(Duration value) {
            processingTimeout = value;
            return this;
        }

        public Builder pollInterval(Duration value) {
            pollInterval = value;
            return this;
        }

        public Builder generationTimeout(Duration value) {
            generationTimeout = value;
            return this;
        }

        public Builder retryAttempts(int value) {
            retryAttempts = value;
            return this;
        }

        public Builder initialBackoff(Duration value) {
            initialBackoff = value;
            return this;
        }

        public Builder maxRetryDelay(Duration value) {
            maxRetryDelay = value;
            return this;
        }

        public Builder prices(Map<String, ModelPrice> value) {
            prices = value;
            return this;
        }

        public GeminiSettings build() {
            return new GeminiSettings(apiKey, baseUrl, model, mediaResolution, fps, temperature, maxOutputTokens, thinkingBudget, maxChunkSeconds, parallelism, uploadTimeout, processingTimeout, pollInterval, generationTimeout, retryAttempts, initialBackoff, maxRetryDelay, prices);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
