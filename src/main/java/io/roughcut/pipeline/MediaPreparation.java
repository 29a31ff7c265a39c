package io.roughcut.pipeline;

import io.roughcut.media.ChunkLimits;
import io.roughcut.media.FfmpegRunner;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.MediaProbe;
import io.roughcut.media.PreparationListener;
import io.roughcut.media.PreparedRecording;
import io.roughcut.media.RecordingPreparer;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

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
    public Prepared prepare(Path source, Path workDir, double maxChunkSeconds, DoubleConsumer progress) {
        PreparationListener listener = (stage, fraction) -> {
            // Normalising is the long stage when it transcodes; cutting reads every byte once.
            double[] span = switch (stage) {
                case PROBE -> new double[] {0, 0.05};
                case NORMALIZE -> new double[] {0.05, 0.6};
                case PLAN -> new double[] {0.6, 0.65};
                case CUT -> new double[] {0.65, 1};
            };
            progress.accept(span[0] + (span[1] - span[0]) * fraction);
        };
        ChunkLimits capped = new ChunkLimits(limits.maxChunkBytes(), Math.min(limits.maxChunkSeconds(), maxChunkSeconds),
                limits.overlapSeconds());
        PreparedRecording p = preparer.prepare(source, workDir, capped, listener);
        return new Prepared(p.source(), p.normalized().info(), p.normalized().normalization().id(), p.chunks());
    }

    @Override
    public MediaInfo probe(Path file) {
        return probe.probe(file);
    }

    @Override
    public MediaInfo probe(Path file, String name) {
        return probe.probe(file, name);
    }
}
