package io.roughcut.system;

/** Receives progress of an analysis run. Called from worker threads; implementations are thread-safe. */
interface RunProgress {

    RunProgress NONE = (stage, fraction, chunksDone, chunkCount) -> { };

    /**
     * @param fraction   how much of this stage is done, 0 to 1
     * @param chunksDone chunks analysed so far (0 before the analyse stage)
     * @param chunkCount chunks planned (0 before the plan is known)
     */
    void update(RunStage stage, double fraction, int chunksDone, int chunkCount);
}
