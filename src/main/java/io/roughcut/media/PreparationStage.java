package io.roughcut.media;

/** The steps of preparing a recording, in the order they run. */
public enum PreparationStage {
    PROBE, NORMALIZE, PLAN, CUT
}
