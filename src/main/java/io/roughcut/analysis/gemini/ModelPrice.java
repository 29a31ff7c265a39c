package io.roughcut.analysis.gemini;

/**
 * The list price of one Gemini model, in US dollars per million tokens. Immutable.
 *
 * @param inputPerMillion      text, image and video prompt tokens
 * @param audioInputPerMillion audio prompt tokens (a video's sound track is billed as audio)
 * @param outputPerMillion     answer tokens, thinking tokens included
 */
public record ModelPrice(double inputPerMillion, double audioInputPerMillion, double outputPerMillion) {

    /** Prices a call from its token counts. */
    public double cost(long videoAndTextTokens, long audioTokens, long outputAndThinkingTokens) {
        return (videoAndTextTokens * inputPerMillion + audioTokens * audioInputPerMillion
                + outputAndThinkingTokens * outputPerMillion) / 1_000_000.0;
    }
}
