package io.roughcut.pipeline;

import io.roughcut.media.MediaInfo;
import io.roughcut.media.PreparationListener;
import java.nio.file.Path;

/**
 * The media side of the prepare step, as the pipeline needs it: probe, normalise, plan and cut. The
 * implementation wraps the plain-Java {@code media} package. Thread-safe.
 */
public interface Preparation {

    /**
     * Prepares a recording under {@code workDir}.
     *
     * @param name            what messages call the recording: the file name its owner uploaded
     * @param maxChunkSeconds the job's analyser's cap on a chunk's duration, on top of the deployment's
     *                        limits; {@link Double#POSITIVE_INFINITY} for none
     * @param listener        hears each stage's progress and what the normaliser will do
     * @throws io.roughcut.media.InvalidMediaException when the file is not a usable video
     */
    Prepared prepare(Path source, String name, Path workDir, double maxChunkSeconds, PreparationListener listener);

    /**
     * What ffprobe says of an uploaded file, which must be within the upload limit; throws
     * {@link io.roughcut.media.InvalidMediaException} for a bad one, whose message calls it {@code name}.
     */
    MediaInfo probeUpload(Path file, String name);
}
