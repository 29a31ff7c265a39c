package io.roughcut.media;

/**
 * How {@link RecordingPreparer} works. Immutable.
 *
 * @param maxSourceBytes the largest source file accepted, in bytes (5 GiB by default)
 * @param normalizer     how to re-encode when a recording needs it
 * @param cutParallelism how many FFmpeg processes cut chunks at once
 */
public record PreparationSettings(long maxSourceBytes, NormalizerSettings normalizer, int cutParallelism) {

    public static final PreparationSettings DEFAULT =
            new PreparationSettings(MediaProbe.DEFAULT_MAX_BYTES, NormalizerSettings.DEFAULT, 2);
}
