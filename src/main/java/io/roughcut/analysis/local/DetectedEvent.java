package io.roughcut.analysis.local;

import io.roughcut.analysis.Category;

/**
 * Something a detector measured in a chunk, before chunk edges, margins and minimums shape it into a
 * segment. Times are seconds from the chunk file's start. Immutable.
 *
 * @param kind          what was measured, as the reason names it: "silence", "black video", ...
 * @param rawStart      where the event starts
 * @param rawEnd        where the event ends
 * @param minSeconds    the shortest complete event that becomes a cut
 * @param marginSeconds kept uncut inside each side of the event that is not an edge
 * @param confidence    how sure the detector is, from 0 to 1
 * @param signalEnd     where the measured signal (the audio or the picture) ends in the chunk file
 */
record DetectedEvent(String kind, Category category, double rawStart, double rawEnd, double minSeconds,
                     double marginSeconds, double confidence, double signalEnd) {

    double length() {
        return rawEnd - rawStart;
    }
}
