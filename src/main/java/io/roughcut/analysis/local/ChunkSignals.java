package io.roughcut.analysis.local;

import java.util.List;

/**
 * Everything measured in one chunk file, the detectors' common input. Times are seconds from the chunk
 * file's start. Immutable apart from the level array inside {@code audio}, which nobody changes.
 *
 * @param audio       the audio's levels, or null when the recording has no sound
 * @param picture     what the picture showed, or null when it was not looked at
 * @param slides      whether the picture is judged as slides or a screen recording, where a still picture is
 *                    normal: then only a freeze while the sound is silent is a fault
 * @param videoEnd    where the last video frame starts: a stretch that runs to the end of the picture ends
 *                    there, one frame before the file does
 * @param thresholdDb the silence threshold for this recording, in dBFS
 * @param silences    the stretches below the threshold, as the pause analysis finds them, in order; empty
 *                    without sound
 * @param edges       the chunk's edges
 */
record ChunkSignals(AudioLevels audio, ChunkReader.Picture picture, boolean slides, double videoEnd,
                    double thresholdDb, List<Interval> silences, ChunkEdges edges) {

    ChunkSignals {
        silences = List.copyOf(silences);
    }

    List<Interval> black() {
        return picture == null ? List.of() : picture.black();
    }

    List<Interval> frozen() {
        return picture == null ? List.of() : picture.frozen();
    }

    /**
     * The seconds of sound above the silence threshold between these times: the words a cut there would
     * remove. Without sound there is nothing to lose.
     */
    double speechSeconds(double from, double to) {
        if (audio == null || !(to > from)) {
            return 0;
        }
        double silent = 0;
        for (Interval s : silences) {
            silent += s.overlap(new Interval(from, to));
        }
        double heard = Math.min(to, audio.durationSeconds()) - Math.max(0, from);
        return Math.max(0, heard - silent);
    }
}
