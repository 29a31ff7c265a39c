package io.roughcut.analysis.local;

import java.util.List;

/**
 * Everything measured in one chunk file, the detectors' common input. Times are seconds from the chunk
 * file's start. Immutable apart from the level array inside {@code audio}, which nobody changes.
 *
 * @param audio       the audio's levels, or null when the recording has no sound
 * @param black       stretches of black picture, as blackdetect reports them; empty without video checks
 * @param frozen      stretches of frozen picture, as freezedetect reports them; empty without video checks
 * @param videoEnd    where the last video frame starts: filters report a stretch that runs to the end of
 *                    the stream as ending there, one frame before the file does
 * @param thresholdDb the silence threshold for this recording, in dBFS
 * @param edges       the chunk's edges
 */
record ChunkSignals(AudioLevels audio, List<Interval> black, List<Interval> frozen, double videoEnd,
                    double thresholdDb, ChunkEdges edges) {

    ChunkSignals {
        black = List.copyOf(black);
        frozen = List.copyOf(frozen);
    }
}
