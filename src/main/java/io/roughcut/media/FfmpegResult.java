package io.roughcut.media;

/**
 * What a finished FFmpeg or ffprobe run left behind.
 *
 * @param stdout     standard output as text; empty when the caller consumed it as a stream
 * @param stderrTail the last lines of standard error, kept for error messages and for filters such as
 *                   silencedetect that report on stderr
 */
public record FfmpegResult(String stdout, String stderrTail) {
}
