package io.roughcut.analysis.local;

import io.roughcut.analysis.Segment;
import java.util.List;

/**
 * One kind of fault the local analyser looks for in a chunk's measured signals. Implementations are
 * stateless and thread-safe, and shape their events through {@link ChunkEdges#shape}.
 */
interface Detector {

    List<Segment> detect(ChunkSignals signals);
}
