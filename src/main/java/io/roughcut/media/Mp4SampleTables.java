package io.roughcut.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

final class Mp4SampleTables {

    private Mp4SampleTables() {
    }

    static Optional<List<KeyframeIndex.Packet>> read(Path file) {
        return Optional.empty();
    }
}
