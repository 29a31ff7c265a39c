package io.roughcut.media;

import java.time.Duration;

/**
 * How the normalizer re-encodes when it has to. Immutable.
 *
 * @param x264Preset the libx264 speed preset, such as {@code "fast"} (the default) or {@code "veryfast"}
 * @param timeout    the longest one FFmpeg run may take before it is stopped
 */
public record NormalizerSettings(String x264Preset, Duration timeout) {

    public static final NormalizerSettings DEFAULT = new NormalizerSettings("fast", Duration.ofHours(6));
}
