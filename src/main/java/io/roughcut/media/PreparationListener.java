package io.roughcut.media;

/**
 * Hears how far preparing a recording has come. Called from the preparing thread and, during
 * {@link PreparationStage#CUT}, from the cutter's threads; implementations must be thread-safe.
 */
@FunctionalInterface
public interface PreparationListener {

    /** Ignores everything. */
    PreparationListener NONE = (stage, fraction) -> { };

    /**
     * @param fraction how much of {@code stage} is done, 0..1; each stage ends with 1
     */
    void progress(PreparationStage stage, double fraction);

    /**
     * Hears, once the probe is done and before {@link PreparationStage#NORMALIZE} starts, what the normaliser
     * will do: a transcode takes far longer than a copy, so a progress bar can share itself out by it.
     */
    default void decided(Normalization normalization) {
    }
}
