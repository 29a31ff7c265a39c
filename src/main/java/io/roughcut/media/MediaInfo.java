package io.roughcut.media;

import java.nio.file.Path;
import java.util.List;

/**
 * What ffprobe found in a file that passed validation: a supported container with a video stream.
 * Durations are seconds. Immutable.
 *
 * @param formatName    ffprobe's own format name, such as {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param bitRate       overall bits per second, or 0 when ffprobe does not know
 * @param audio         the first audio stream, or null when the file has none (then no audio analysis runs)
 * @param audioStreams  every audio stream, in file order; the first is {@code audio}
 * @param startTimecode the timecode of the first frame, from an MP4/MOV {@code tmcd} track or the
 *                      container's {@code timecode} tag, counted at the video's {@link VideoStream#editRate};
 *                      null when the file states none
 */
public record MediaInfo(Path file, long sizeBytes, Container container, String formatName, double durationSeconds,
                        long bitRate, VideoStream video, AudioStream audio, List<AudioStream> audioStreams,
                        TimecodeFormat.Start startTimecode) {

    public MediaInfo {
        audioStreams = List.copyOf(audioStreams);
    }

    /** A file with at most one audio stream and no timecode. */
    public MediaInfo(Path file, long sizeBytes, Container container, String formatName, double durationSeconds,
                     long bitRate, VideoStream video, AudioStream audio) {
        this(file, sizeBytes, container, formatName, durationSeconds, bitRate, video, audio,
                audio == null ? List.of() : List.of(audio), null);
    }

    public boolean hasAudio() {
        return audio != null;
    }

    /** The same description of a copy of the file somewhere else (or of no file at hand, with null). */
    public MediaInfo withFile(Path other) {
        return new MediaInfo(other, sizeBytes, container, formatName, durationSeconds, bitRate, video, audio);
    }
}
