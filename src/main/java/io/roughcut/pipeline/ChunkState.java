package io.roughcut.pipeline;

/** Where one chunk's analysis is. Stored by name; shown in the API in lower case. */
public enum ChunkState {
    PENDING, PROCESSING, COMPLETE, FAILED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
