package io.roughcut.media;

/**
 * The first video stream of a file, as ffprobe describes it. Immutable.
 *
 * @param frameRate     the average frame rate (ffprobe's avg_frame_rate)
 * @param baseFrameRate the rate the timestamps are based on (ffprobe's r_frame_rate); it differs from the
 *                      average when frames come at a variable rate, as phones record them
 */
public record VideoStream(String codec, int width, int height, FrameRate frameRate, String pixelFormat,
                          FrameRate baseFrameRate) {

    /** A stream with a constant frame rate. */
    public VideoStream(String codec, int width, int height, FrameRate frameRate, String pixelFormat) {
        this(codec, width, height, frameRate, pixelFormat, frameRate);
    }

    /** Whether the frames come at a variable rate: the average is not the rate the timestamps count in. */
    public boolean variableFrameRate() {
        return frameRate.differsFrom(baseFrameRate);
    }

    /** The rate exports count this video's frames at; see {@link FrameRate#forEditing}. */
    public FrameRate editRate() {
        return frameRate.forEditing(baseFrameRate, variableFrameRate());
    }
}
