package io.roughcut.analysis;

import io.roughcut.media.MediaInfo;
import java.nio.file.Path;

/** A normalised recording as an analyser sees it before its chunks: the MP4 file and what ffprobe says of it. */
public record Recording(Path file, MediaInfo info) {
}
