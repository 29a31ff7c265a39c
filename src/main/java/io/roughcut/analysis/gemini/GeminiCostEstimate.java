package io.roughcut.analysis.gemini;

import io.roughcut.analysis.Usage;

/**
 * What analysing a video with Gemini should cost before it is done, from Gemini 2.x billing rules: every
 * sampled frame costs {@link MediaResolution#tokensPerFrame()}, every second of sound
 * {@link MediaResolution#AUDIO_TOKENS_PER_SECOND}, each chunk's prompt about {@link #PROMPT_TOKENS_PER_CHUNK},
 * and the answer about {@link #OUTPUT_TOKENS_PER_MINUTE} plus the thinking budget per chunk. The figures
 * in BENCHMARKS.md come from here. Stateless.
 */
public final class GeminiCostEstimate {

    /** The prompt text and response schema of one chunk, at about 4 characters a token (checked by a test). */
    public static final int PROMPT_TOKENS_PER_CHUNK = 700;
    /** About 4 cuts a minute of talk, at about 45 tokens of JSON each. */
    public static final int OUTPUT_TOKENS_PER_MINUTE = 180;
    /** What a chunk is assumed to think when the budget is left to the model (-1). */
    public static final int DYNAMIC_THINKING_TOKENS = 4096;

    private GeminiCostEstimate() {
    }

    /** Estimated tokens and US dollars for a video of this many seconds, with these settings. */
    public static Usage forDuration(double seconds, GeminiSettings settings) {
        if (seconds <= 0) {
            return Usage.NONE;
        }
        long chunks = (long) Math.ceil(seconds / settings.maxChunkSeconds());
        long video = (long) Math.ceil(seconds * settings.fps()) * settings.mediaResolution().tokensPerFrame();
        long audio = Math.round(seconds * MediaResolution.AUDIO_TOKENS_PER_SECOND);
        long text = chunks * PROMPT_TOKENS_PER_CHUNK;
        long output = Math.round(seconds / 60 * OUTPUT_TOKENS_PER_MINUTE);
        long thinking = chunks * (settings.thinkingBudget() < 0 ? DYNAMIC_THINKING_TOKENS : settings.thinkingBudget());
        return UsageMeter.priced(chunks, video, audio, text, output, thinking, settings.price());
    }
}
