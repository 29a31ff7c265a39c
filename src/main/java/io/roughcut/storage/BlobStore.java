package io.roughcut.storage;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where uploaded originals, normalised videos and chunks live, by key ({@code uploads/{jobId}/original},
 * {@code jobs/{jobId}/chunks/003.mp4}). Shaped like an S3 bucket so that every host of a deployment sees the
 * same objects: whole-object puts, ranged gets, deletes by prefix, and multipart writes for uploads that
 * arrive in pieces. Keys are made by Roughcut from ids only; a user's file name is never part of a key.
 * Implementations are thread-safe.
 */
public interface BlobStore {

    /** Stores {@code length} bytes read from {@code in} under {@code key}, replacing what was there. */
    void put(String key, InputStream in, long length);

    /**
     * Stores a finished local file under {@code key}, replacing what was there. The file may be moved into
     * the store, so the caller must not use it afterwards (but may delete its directory).
     */
    void putFile(String key, Path file);

    /** Reads {@code length} bytes from {@code offset}; the caller closes the stream. */
    InputStream get(String key, long offset, long length);

    /** The object's size in bytes, or empty when there is no such object. */
    OptionalLong size(String key);

    /**
     * The object as a local file, for FFmpeg: the stored file itself when the store is on this host's disk,
     * otherwise a copy downloaded into {@code scratchDir}. Closing it deletes a copy and never the original.
     *
     * @throws BlobStoreException when there is no such object or it cannot be read
     */
    LocalCopy fetch(String key, Path scratchDir);

    /** The object's file when the store keeps it on this host's disk, so reading it costs no transfer. */
    Optional<Path> localPath(String key);

    /**
     * A URL that lets anyone holding it GET the object (with {@code Range}) for {@code lifetime}, so a player
     * or a download reads from the store rather than through the API node; empty when the store has none.
     */
    default Optional<URI> presignedGet(String key, Duration lifetime) {
        return presignedGet(key, lifetime, null);
    }

    /**
     * The same, for a download: the store answers with {@code contentDisposition} (such as {@code attachment;
     * filename*=UTF-8''talk.mp4}), so the browser saves the file under the user's name rather than the key's.
     *
     * @param contentDisposition the header the answer carries, or null for none
     */
    Optional<URI> presignedGet(String key, Duration lifetime, String contentDisposition);

    /** Deletes every object whose key starts with {@code prefix}, and unfinished multipart writes under it. */
    void deletePrefix(String prefix);

    /** Begins writing {@code key} in parts; returns the id of the multipart write. */
    String startMultipart(String key);

    /**
     * Writes the whole of {@code file} as part {@code number} (1 to 10,000) of a multipart write. The file may
     * be moved into the store, so the caller must not use it afterwards. Every part but the last must be at
     * least {@link #MIN_PART_BYTES}. Writing a number again replaces that part. Numbers need not follow each
     * other: the object is made of the parts that {@link #completeMultipart} lists, and any others are dropped.
     */
    BlobPart putPart(String key, String uploadId, int number, Path file);

    /** Makes the object from {@code parts}, in order; the multipart write is gone afterwards. */
    void completeMultipart(String key, String uploadId, List<BlobPart> parts);

    /** Drops an unfinished multipart write and its parts; a write that is already gone is not an error. */
    void abortMultipart(String key, String uploadId);

    /**
     * True when the objects are files on this host's disk (the embedded store), so that what is stored takes
     * this host's disk space; false for a bucket, where this host only stages a part at a time.
     */
    boolean storesOnThisHost();

    /** Throws {@link BlobStoreException} when the store cannot be written; used by the health check. */
    void check();

    /** What the store is, for health details and logs: a directory or a bucket, never a secret. */
    String describe();

    /** S3's smallest part but the last: 5 MiB. */
    long MIN_PART_BYTES = 5L * 1024 * 1024;
}
