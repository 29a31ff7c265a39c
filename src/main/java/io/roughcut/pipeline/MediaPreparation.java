package io.roughcut.pipeline;

import io.roughcut.media.ChunkLimits;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.media.PreparationListener;
import io.roughcut.media.PreparedRecording;
import io.roughcut.media.RecordingPreparer;
import java.nio.file.Path;

/** {@link Preparation} by the {@code media} package: {@link RecordingPreparer} and {@link MediaProbe}. */
final class MediaPreparation implements Preparation {

    private final RecordingPreparer preparer;
    private final MediaProbe probe;
    private final ChunkLimits limits;

    MediaPreparation(FfmpegRunner ffmpeg, ChunkLimits limits, long maxBytes) {
        this.preparer = new RecordingPreparer(ffmpeg);
        this.probe = new MediaProbe(ffmpeg, maxBytes);
        this.limits = limits;
    }

    @Override
    public Prepared prepare(Path source, String name, Path workDir, double maxChunkSeconds,
                            PreparationListener listener) {
        ChunkLimits capped = new ChunkLimits(limits.maxChunkBytes(), Math.min(limits.maxChunkSeconds(), maxChunkSeconds),
                limits.overlapSeconds());
        PreparedRecording p = preparer.prepare(source, name, workDir, capped, listener);
        return new Prepared(p.source(), p.normalized().info(), p.normalized().normalization().id(), p.chunks());
    }

    @Override
    public MediaInfo probeUpload(Path file, String name) {
        return probe.probe(file, name);
    }

}
