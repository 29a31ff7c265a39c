package io.roughcut.media;

/** The first audio stream of a file, as ffprobe describes it. Immutable. */
public record AudioStream(String codec, int sampleRate, int channels) {
}
