package io.roughcut.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Where uploaded originals and normalised videos live, by key ({@code uploads/{jobId}/original}). Shaped like
 * an S3 bucket, so an S3-compatible implementation can replace the local one: whole-object puts, ranged
 * gets, deletes by prefix. Keys are made by Roughcut from ids only; a user's file name is never part of a
 * key. Implementations are thread-safe.
 */
public interface BlobStore {

    /** Stores {@code length} bytes read from {@code in} under {@code key}, replacing what was there. */
    void put(String key, InputStream in, long length);

    /** Stores a finished local file under {@code key}; the file may be moved, so the caller must not reuse it. */
    void putFile(String key, Path file);

    /** Reads {@code length} bytes from {@code offset}; the caller closes the stream. */
    InputStream get(String key, long offset, long length);

    /** The object's size in bytes, or empty when there is no such object. */
    OptionalLong size(String key);

    /**
     * A local file with the object's bytes, for FFmpeg: the object itself when the store is local, otherwise a
     * copy written under {@code scratchDir}.
     */
    Path localFile(String key, Path scratchDir);

    /** Deletes every object whose key starts with {@code prefix}. */
    void deletePrefix(String prefix);

    /** Throws {@link BlobStoreException} when the store cannot be written; used by the health check. */
    void check();
}
