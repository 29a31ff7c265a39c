package io.roughcut.media;

/** What the normalizer had to do to make a recording an MP4 with H.264/HEVC and AAC/MP3, cheapest first. */
public enum Normalization {
    /** Already such an MP4: used as it is, not even copied. */
    AS_IS("as-is"),
    /** The streams fit, the container did not: copied into an MP4, no re-encoding. */
    REMUX("remux"),
    /** The video fits: copied; the audio is re-encoded to AAC. */
    AUDIO_TRANSCODE("audio-transcode"),
    /** Everything re-encoded to H.264 and AAC. */
    TRANSCODE("transcode");

    private final String id;

    Normalization(String id) {
        this.id = id;
    }

    /** The lower-case name used in results, such as {@code "audio-transcode"}. */
    public String id() {
        return id;
    }
}
