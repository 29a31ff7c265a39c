package io.roughcut.media;

import java.nio.file.Path;

/**
 * Takes an uploaded file to analysable chunks: probe, normalise, plan, cut. This is what the CLI and the
 * service's prepare task call. Thread-safe; concurrent calls need different work directories.
 */
public final class RecordingPreparer {

    /** The sub-directory of the work directory that holds the chunk files. */
    public static final String CHUNK_DIR = "chunks";

    private final FfmpegRunner runner;
    private final PreparationSettings settings;

    public RecordingPreparer(FfmpegRunner runner) {
        this(runner, PreparationSettings.DEFAULT);
    }

    public RecordingPreparer(FfmpegRunner runner, PreparationSettings settings) {
        this.runner = runner;
        this.settings = settings;
    }

    /**
     * @param workDir receives {@code normalized.mp4} (unless the source is used as it is) and
     *                {@code chunks/chunk_000.mp4}...; fixed names, so a rerun overwrites
     * @throws InvalidMediaException when the source is not a usable video
     */
    public PreparedRecording prepare(Path source, Path workDir, ChunkLimits limits, PreparationListener listener) {
        return prepare(source, source.getFileName().toString(), workDir, limits, listener);
    }

    /**
     * @param name what messages call the source: the name its owner gave it, where {@code source} is a copy
     */
    public PreparedRecording prepare(Path source, String name, Path workDir, ChunkLimits limits,
                                     PreparationListener listener) {
        listener.progress(PreparationStage.PROBE, 0);
        MediaInfo info = new MediaProbe(runner, settings.maxSourceBytes()).probe(source, name);
        listener.progress(PreparationStage.PROBE, 1);
        listener.decided(Normalizer.decide(info));

        listener.progress(PreparationStage.NORMALIZE, 0);
        NormalizedMedia normalized = new Normalizer(runner, settings.normalizer())
                .normalize(info, workDir, fraction -> listener.progress(PreparationStage.NORMALIZE, fraction));
        listener.progress(PreparationStage.NORMALIZE, 1);

        listener.progress(PreparationStage.PLAN, 0);
        KeyframeIndex index = KeyframeIndex.read(runner, normalized.info());
        ChunkPlan plan = new ChunkPlanner().plan(index, limits);
        listener.progress(PreparationStage.PLAN, 1);

        listener.progress(PreparationStage.CUT, 0);
        var chunks = new ChunkCutter(runner, settings.cutParallelism()).cut(normalized, index, plan,
                workDir.resolve(CHUNK_DIR), written -> listener.progress(PreparationStage.CUT, written));
        listener.progress(PreparationStage.CUT, 1);
        return new PreparedRecording(info, normalized, index, plan, chunks);
    }
}
