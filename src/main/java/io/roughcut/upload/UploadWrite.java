package io.roughcut.upload;

import io.roughcut.pipeline.Jobs;
import io.roughcut.storage.BlobPart;
import io.roughcut.storage.BlobStore;
import io.roughcut.upload.UploadRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One tus request's write into the blob store, made while the request holds the upload's lock. Bytes are
 * gathered in a {@link PartStaging} (which starts with the tail an earlier request left, if any) and leave it
 * as a part of the multipart write once there is a part's worth, or, when the request ends short of that, as
 * the new tail blob. Every step that changes the upload's state is conditional on the lock's token, so a
 * request that lost the lock stops without changing anything. Not thread-safe; one per request.
 */
final class UploadWrite implements AutoCloseable {

    private final UploadRepository repository;
    private final BlobStore blobs;
    private final UploadSettings settings;
    private final UUID token;
    private final PartStaging staging;
    private Upload upload;
    private long renewedAt = System.nanoTime();

    UploadWrite(UploadRepository repository, BlobStore blobs, UploadSettings settings, Upload upload, UUID token,
                Path stagingDir) {
        this.repository = repository;
        this.blobs = blobs;
        this.settings = settings;
        this.upload = upload;
        this.token = token;
        this.staging = PartStaging.create(stagingDir, upload.id() + "-" + token);
        if (upload.tailKey() != null && upload.tailBytes() > 0) {
            try (InputStream tail = blobs.get(upload.tailKey(), 0, upload.tailBytes())) {
                staging.append(tail);
            } catch (IOException e) {
                staging.close();
                throw new UncheckedIOException("Could not read the upload's last bytes back: " + e.getMessage(), e);
            }
        }
    }

    /** The upload as it stands now. */
    Upload upload() {
        return upload;
    }

    /** Adds bytes of the request's body; they are staged until {@link #writePartIfFull} or {@link #settle}. */
    void add(byte[] bytes, int length) throws IOException {
        staging.write(bytes, length);
        if (System.nanoTime() - renewedAt > settings.lockLease().toNanos() / 3) {
            if (!repository.renew(upload.id(), token, settings.lockLease())) {
                throw takenOver();
            }
            renewedAt = System.nanoTime();
        }
    }

    /** Drops the bytes this request added (a checksum mismatch, or a body cut off that cannot be verified). */
    void discardAdded(long added) throws IOException {
        staging.dropLast(added);
    }

    /** Writes the staged bytes as a part once they make a whole one, so long requests need little disk. */
    void writePartIfFull() {
        if (staging.size() >= settings.partSize().toBytes()) {
            writePart(upload.offset() - upload.tailBytes() + staging.size());
        }
    }

    /**
     * Writes what is staged so that it survives this request: as a part when it is large enough (or when it
     * ends the upload), otherwise as the new tail blob. Returns the upload as it then stands.
     */
    Upload settle() {
        long offset = upload.offset() - upload.tailBytes() + staging.size();
        if (staging.size() == upload.tailBytes()) {
            return upload;
        }
        if (offset == upload.declaredLength() || staging.size() >= BlobStore.MIN_PART_BYTES) {
            writePart(offset);
        } else {
            writeTail(offset);
        }
        return upload;
    }

    private void writePart(long offset) {
        int number = repository.reservePart(upload.id(), token, settings.lockLease()).orElseThrow(this::takenOver);
        Path full;
        try {
            full = staging.handOver();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the staged upload bytes: " + e.getMessage(), e);
        }
        BlobPart part;
        try {
            part = blobs.putPart(Jobs.originalKey(upload.id()), upload.multipartId(), number, full);
        } finally {
            deleteQuietly(full);
        }
        if (!repository.recordPart(upload.id(), token, part, offset)) {
            throw takenOver();
        }
        String oldTail = upload.tailKey();
        upload = new Upload(upload.id(), upload.sessionId(), upload.fileName(), upload.declaredLength(), offset,
                upload.jobId(), upload.createdAt(), upload.expiresAt(), upload.analyzer(), upload.options(),
                upload.multipartId(), number,
                null, 0);
        deleteTail(oldTail);
        renewedAt = System.nanoTime();
    }

    private void writeTail(long offset) {
        // A key of this request's own: a request that lost the lock can never overwrite the tail of the next.
        String key = "uploads/" + upload.id() + "/tail-" + token;
        try (InputStream in = java.nio.file.Files.newInputStream(staging.file())) {
            blobs.put(key, in, staging.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the staged upload bytes: " + e.getMessage(), e);
        }
        if (!repository.recordTail(upload.id(), token, key, staging.size(), offset)) {
            deleteTail(key);
            throw takenOver();
        }
        String oldTail = upload.tailKey();
        upload = new Upload(upload.id(), upload.sessionId(), upload.fileName(), upload.declaredLength(), offset,
                upload.jobId(), upload.createdAt(), upload.expiresAt(), upload.analyzer(), upload.options(),
                upload.multipartId(),
                upload.partsReserved(), key, staging.size());
        if (!key.equals(oldTail)) {
            deleteTail(oldTail);
        }
    }

    private void deleteTail(String key) {
        if (key != null) {
            try {
                blobs.deletePrefix(key);
            } catch (RuntimeException e) {
                // A stray tail is removed with the upload; the bytes it held are safe elsewhere.
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A staging file left over is removed by the clean-up.
        }
    }

    private UploadRejectedException takenOver() {
        return new UploadRejectedException(Reason.BUSY, "Another request took this upload over while this one was "
                + "stalled. Resume from the offset HEAD reports.");
    }

    @Override
    public void close() {
        staging.close();
    }
}
