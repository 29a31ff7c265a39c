package io.roughcut.analysis.gemini;

/**
 * How finely Gemini looks at each video frame. The token figures are those Gemini 2.x bills per frame
 * sampled (at 1 fps by default); audio is billed apart, at {@link #AUDIO_TOKENS_PER_SECOND}.
 */
public enum MediaResolution {
    LOW("MEDIA_RESOLUTION_LOW", 66),
    MEDIUM("MEDIA_RESOLUTION_MEDIUM", 258),
    HIGH("MEDIA_RESOLUTION_HIGH", 258);

    /** What Gemini 2.x bills for one second of a video's audio track. */
    public static final int AUDIO_TOKENS_PER_SECOND = 32;

    private final String apiName;
    private final int tokensPerFrame;

    MediaResolution(String apiName, int tokensPerFrame) {
        this.apiName = apiName;
        this.tokensPerFrame = tokensPerFrame;
    }

    /** The value of {@code generationConfig.mediaResolution}. */
    public String apiName() {
        return apiName;
    }

    public int tokensPerFrame() {
        return tokensPerFrame;
    }

    /** Accepts {@code low}, {@code LOW} or {@code MEDIA_RESOLUTION_LOW}. */
    public static MediaResolution parse(String value) {
        String v = value.trim().toUpperCase(java.util.Locale.ROOT).replace("MEDIA_RESOLUTION_", "");
        return valueOf(v);
    }
}
