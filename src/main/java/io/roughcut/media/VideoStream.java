package io.roughcut.media;

/** The first video stream of a file, as ffprobe describes it. Immutable. */
public record VideoStream(String codec, int width, int height, FrameRate frameRate, String pixelFormat) {
}
