package io.roughcut.analysis;

/**
 * What analysing a chunk cost: model tokens by kind and their price in US dollars. All zero for the local
 * analyser. Immutable; add them up with {@link #plus}.
 */
public record Usage(long calls, long videoTokens, long audioTokens, long textTokens, long outputTokens,
                    long thinkingTokens, double costUsd) {

    public static final Usage NONE = new Usage(0, 0, 0, 0, 0, 0, 0);

    public long promptTokens() {
        return videoTokens + audioTokens + textTokens;
    }

    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, videoTokens + other.videoTokens, audioTokens + other.audioTokens,
                textTokens + other.textTokens, outputTokens + other.outputTokens,
                thinkingTokens + other.thinkingTokens, costUsd + other.costUsd);
    }
}
