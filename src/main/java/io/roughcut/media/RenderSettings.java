package io.roughcut.media;

import java.time.Duration;

/**
 * How {@link SmartRenderer} re-encodes what it must. Immutable.
 *
 * @param preset           the x264/x265 preset for the frames around cuts
 * @param crf              their constant rate factor: 18 looks like the source for camera and screen video
 * @param crossfadeSeconds the length of the sound's cross-fade at each cut; 0 for a hard cut
 * @param audioBitrate     the AAC bit rate of the rendered sound, such as "192k"
 * @param parallelism      how many pieces are made at once
 * @param timeout          the longest any one FFmpeg run may take
 */
public record RenderSettings(String preset, int crf, double crossfadeSeconds, String audioBitrate, int parallelism,
                             Duration timeout) {

    public static final double DEFAULT_CROSSFADE_SECONDS = 0.005;
    public static final RenderSettings DEFAULT = new RenderSettings("fast", 18, DEFAULT_CROSSFADE_SECONDS, "192k",
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), Duration.ofHours(2));

    public RenderSettings {
        if (crossfadeSeconds < 0 || crossfadeSeconds > 1) {
            throw new IllegalArgumentException("the cross-fade must be between 0 and 1 s: " + crossfadeSeconds);
        }
        if (parallelism < 1 || crf < 0 || crf > 51) {
            throw new IllegalArgumentException("parallelism " + parallelism + ", crf " + crf);
        }
    }

    public RenderSettings withCrossfade(double seconds) {
        return new RenderSettings(preset, crf, seconds, audioBitrate, parallelism, timeout);
    }

    public RenderSettings withParallelism(int pieces) {
        return new RenderSettings(preset, crf, crossfadeSeconds, audioBitrate, pieces, timeout);
    }
}
