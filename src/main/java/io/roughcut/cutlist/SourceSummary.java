package io.roughcut.cutlist;

/**
 * The recording a result describes, as uploaded. Immutable.
 *
 * @param sizeBytes       the uploaded file's size
 * @param durationSeconds the normalised recording's duration, which all cut times refer to
 * @param container       the uploaded container's id, such as "mov"
 * @param videoCodec      the uploaded video codec, such as "h264"
 * @param audioCodec      the uploaded audio codec, or null when the file has no audio
 * @param normalized      how the upload was made MP4: "none", "remux" or "transcode"
 * @param frameRate       the video frame rate as FFmpeg's rational, such as "30/1" or "30000/1001"; exporters
 *                        that count frames (EDL) need it
 */
public record SourceSummary(String fileName, long sizeBytes, double durationSeconds, String container,
                            String videoCodec, String audioCodec, String normalized, String frameRate) {
}
