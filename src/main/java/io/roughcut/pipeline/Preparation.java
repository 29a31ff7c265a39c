package io.roughcut.pipeline;

import io.roughcut.media.MediaInfo;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * The media side of the prepare step, as the pipeline needs it: probe, normalise, plan and cut. The
 * implementation wraps the plain-Java {@code media} package. Thread-safe.
 */
public interface Preparation {

    /**
     * Prepares a recording under {@code workDir}.
     *
     * @param maxChunkSeconds the job's analyser's cap on a chunk's duration, on top of the deployment's
     *                        limits; {@link Double#POSITIVE_INFINITY} for none
     * @param progress        receives the fraction done, 0 to 1
     * @throws io.roughcut.media.InvalidMediaException when the file is not a usable video
     */
    Prepared prepare(Path source, Path workDir, double maxChunkSeconds, DoubleConsumer progress);

    /** What ffprobe says of a file; throws {@link io.roughcut.media.InvalidMediaException} for a bad one. */
    MediaInfo probe(Path file);

    /** Like {@link #probe(Path)}, with messages that call the file {@code name}, the name its owner knows. */
    MediaInfo probe(Path file, String name);
}
