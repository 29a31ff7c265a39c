package io.roughcut.cutlist;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.roughcut.analysis.PictureChecks;
import io.roughcut.media.AudioStream;
import io.roughcut.media.FrameRate;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.TimecodeFormat;
import io.roughcut.media.VideoStream;
import java.util.List;

/**
 * The recording a result describes, as uploaded: what exporters need to name it and to count its frames as an
 * editor does. Immutable. Results stored before a field existed read it as 0, false or null, and exporters
 * fall back to defaults for those.
 *
 * @param path              the original's absolute path, when Roughcut ran on the person's own machine (the
 *                          command line); null in the service, which only knows the upload's file name
 * @param sizeBytes         the uploaded file's size
 * @param durationSeconds   the normalised recording's duration, which all cut times refer to
 * @param container         the uploaded container's id, such as "mov"
 * @param videoCodec        the uploaded video codec, such as "h264"
 * @param audioCodec        the uploaded audio codec, or null when the file has no audio
 * @param normalized        how the upload was made MP4: "as-is", "remux", "audio-transcode" or "transcode"
 * @param frameRate         the rate exports count frames at, as FFmpeg's rational ("30/1", "30000/1001"): the
 *                          video's own rate, or for a variable-rate video the editing rate it is snapped to
 * @param variableFrameRate whether the video's frames come at a variable rate, so its times were snapped to
 *                          {@code frameRate}'s grid
 * @param audioChannels     the channel count of each audio stream of the original, in file order
 * @param audioSampleRate   the first audio stream's sample rate in Hz, 0 when there is none
 * @param startTimecode     the label of the first frame's timecode, such as "10:00:00:00" or "01:00:00;00"
 *                          (drop frame), or null when the file has none; for people, see {@code startFrame}
 * @param startFrame        that timecode as a frame count at {@code frameRate}, 0 without a timecode
 * @param dropFrame         whether that timecode is drop frame
 * @param pictureChecks     how the picture was judged ({@link PictureChecks#id()}: "auto", "camera" or "off"), or
 *                          null (and absent from the JSON) for a result that does not say
 */
public record SourceSummary(String fileName, @JsonInclude(JsonInclude.Include.NON_NULL) String path,
                            long sizeBytes, double durationSeconds, String container, String videoCodec,
                            String audioCodec, String normalized, String frameRate, boolean variableFrameRate,
                            int width, int height, List<Integer> audioChannels, int audioSampleRate,
                            String startTimecode, long startFrame, boolean dropFrame,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String pictureChecks) {

    public SourceSummary {
        audioChannels = audioChannels == null ? List.of() : List.copyOf(audioChannels);
    }

    /** A summary that does not say how the picture was judged. */
    public SourceSummary(String fileName, String path, long sizeBytes, double durationSeconds, String container,
                         String videoCodec, String audioCodec, String normalized, String frameRate,
                         boolean variableFrameRate, int width, int height, List<Integer> audioChannels,
                         int audioSampleRate, String startTimecode, long startFrame, boolean dropFrame) {
        this(fileName, path, sizeBytes, durationSeconds, container, videoCodec, audioCodec, normalized, frameRate,
                variableFrameRate, width, height, audioChannels, audioSampleRate, startTimecode, startFrame,
                dropFrame, null);
    }

    /** This summary, saying that the picture was judged in {@code mode}. */
    public SourceSummary withPictureChecks(PictureChecks mode) {
        return new SourceSummary(fileName, path, sizeBytes, durationSeconds, container, videoCodec, audioCodec,
                normalized, frameRate, variableFrameRate, width, height, audioChannels, audioSampleRate,
                startTimecode, startFrame, dropFrame, mode.id());
    }

    /**
     * The summary of an original recording.
     *
     * @param fileName        the name the person knows the file by
     * @param path            its absolute path on their machine, or null when unknown
     * @param durationSeconds the normalised recording's duration
     * @param normalization   how it became MP4, such as "remux"
     */
    public static SourceSummary of(String fileName, String path, long sizeBytes, double durationSeconds,
                                   MediaInfo original, String normalization) {
        VideoStream video = original.video();
        FrameRate rate = video.editRate();
        TimecodeFormat.Start start = original.startTimecode();
        return new SourceSummary(fileName, path, sizeBytes, durationSeconds, original.container().id(),
                video.codec(), original.hasAudio() ? original.audio().codec() : null, normalization, rate.toString(),
                video.variableFrameRate(), video.width(), video.height(),
                original.audioStreams().stream().map(AudioStream::channels).toList(),
                original.hasAudio() ? original.audio().sampleRate() : 0,
                start == null ? null : start.label(), start == null ? 0 : start.frame(),
                start != null && start.format().dropFrame());
    }
}
