package io.roughcut.upload;

import io.roughcut.media.InvalidMediaException;
import io.roughcut.pipeline.AnalyzerCatalog;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.Job;
import io.roughcut.pipeline.Jobs;
import io.roughcut.upload.UploadRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tus uploads of this server: bytes go to a staging file named by the upload's id under
 * {@code <data>/uploads}, through a 64 KiB buffer, so memory stays flat whatever the size. When the last byte
 * arrives the file becomes a job. Thread-safe; one writer per upload at a time.
 */
@Component
public final class TusUploads {

    private static final int BUFFER = 64 * 1024;

    private final UploadRepository repository;
    private final UploadSettings settings;
    private final Jobs jobs;
    private final AnalyzerCatalog analyzers;
    private final UploadAdmission admission;
    private final Path staging;
    private final Map<UUID, ReentrantLock> writing = new ConcurrentHashMap<>();

    TusUploads(UploadRepository repository, UploadSettings settings, Jobs jobs, AnalyzerCatalog analyzers,
               UploadAdmission admission, @Value("${roughcut.data-dir}") Path dataDir) {
        this.repository = repository;
        this.admission = admission;
        this.settings = settings;
        this.jobs = jobs;
        this.analyzers = analyzers;
        this.staging = dataDir.toAbsolutePath().normalize().resolve("uploads");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long maxBytes() {
        return settings.maxBytes();
    }

    /**
     * Creates an upload of {@code length} bytes; refuses one not a video by its name, asking for an analyser
     * this server does not offer, or that {@link UploadAdmission} refuses (nothing is stored then).
     *
     * @param analyzer the {@code analyzer} metadata value, or null for the deployment's default
     */
    public Upload create(UUID sessionId, long length, String rawFileName, String analyzer) {
        String name = FileNames.sanitize(rawFileName);
        FileNames.requireVideoExtension(name);
        AnalyzerOption chosen = analyzers.choose(analyzer, "Upload-Metadata \"analyzer\"");
        admission.admit(sessionId, length, chosen);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Upload upload = new Upload(UUID.randomUUID(), sessionId, name, length, 0, null, now, now.plus(settings.expiry()),
                chosen.id());
        repository.insert(upload);
        try {
            Files.createFile(file(upload.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return upload;
    }

    /** This session's upload, or NOT_FOUND (also for another session's upload, and an expired one). */
    public Upload find(UUID id, UUID sessionId) {
        return repository.findOwned(id, sessionId)
                .filter(u -> u.expiresAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC)))
                .orElseThrow(() -> new UploadRejectedException(Reason.NOT_FOUND, "There is no such upload in this "
                        + "session. It may have expired; start the upload again."));
    }

    /**
     * Appends the body at {@code clientOffset}. Bytes that arrived before the client went away are kept, so
     * the upload resumes from there. Returns the upload as it now stands.
     *
     * @param contentLength the request's declared length, or -1 when chunked
     * @param sha1          the expected SHA-1 of this request's bytes, or null
     */
    public Upload append(UUID id, UUID sessionId, long clientOffset, long contentLength, InputStream body, byte[] sha1) {
        ReentrantLock lock = writing.computeIfAbsent(id, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new UploadRejectedException(Reason.BUSY, "Another request is writing to this upload. Wait for it, "
                    + "then resume from the offset HEAD reports.");
        }
        try {
            Upload upload = find(id, sessionId);
            if (upload.isComplete()) {
                throw new UploadRejectedException(Reason.OFFSET_MISMATCH, "This upload is already complete.");
            }
            if (clientOffset != upload.offset()) {
                throw new UploadRejectedException(Reason.OFFSET_MISMATCH, "Upload-Offset is " + clientOffset
                        + " but the server has " + upload.offset() + " bytes. Resume from " + upload.offset() + ".");
            }
            long room = upload.declaredLength() - upload.offset();
            if (contentLength > room) {
                throw new UploadRejectedException(Reason.TOO_LARGE, "This request sends " + contentLength
                        + " bytes but only " + room + " remain of the declared Upload-Length.");
            }
            long written = write(upload, body, room, sha1);
            Upload now = upload.at(upload.offset() + written, null);
            return now.isComplete() ? complete(now) : now;
        } finally {
            lock.unlock();
            writing.remove(id, lock);
        }
    }

    private long write(Upload upload, InputStream body, long room, byte[] sha1) {
        MessageDigest digest = sha1 == null ? null : sha1();
        long written = 0;
        try (FileChannel out = FileChannel.open(file(upload.id()), StandardOpenOption.WRITE)) {
            // A crash mid-request may have left bytes past the recorded offset; they are not acknowledged.
            out.truncate(upload.offset());
            out.position(upload.offset());
            byte[] buffer = new byte[BUFFER];
            int n;
            try {
                while ((n = body.read(buffer)) > 0) {
                    if (written + n > room) {
                        out.truncate(upload.offset());
                        throw new UploadRejectedException(Reason.TOO_LARGE, "The request sends more bytes than the "
                                + "declared Upload-Length of " + upload.declaredLength() + "; none of them were kept.");
                    }
                    out.write(ByteBuffer.wrap(buffer, 0, n));
                    if (digest != null) {
                        digest.update(buffer, 0, n);
                    }
                    written += n;
                }
            } catch (IOException clientGone) {
                // The connection broke: keep what arrived, so the client can resume from the new offset.
                out.force(false);
                repository.setOffset(upload.id(), upload.offset() + written);
                throw new UncheckedIOException(clientGone);
            }
            if (digest != null && !MessageDigest.isEqual(digest.digest(), sha1)) {
                out.truncate(upload.offset());
                throw new UploadRejectedException(Reason.CHECKSUM_MISMATCH, "The bytes do not match Upload-Checksum; "
                        + "they were discarded. Send them again from offset " + upload.offset() + ".");
            }
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        repository.setOffset(upload.id(), upload.offset() + written);
        return written;
    }

    private Upload complete(Upload upload) {
        try {
            AnalyzerOption analyzer = upload.analyzer() == null ? analyzers.defaultOption()
                    : AnalyzerOption.byId(upload.analyzer()).orElse(analyzers.defaultOption());
            Job job = jobs.start(upload.sessionId(), upload.fileName(), file(upload.id()), analyzer);
            repository.setJob(upload.id(), job.id());
            return upload.at(upload.offset(), job.id());
        } catch (InvalidMediaException e) {
            terminate(upload.id(), upload.sessionId());
            throw e;
        }
    }

    /** Deletes the upload and its bytes (tus termination). */
    public void terminate(UUID id, UUID sessionId) {
        find(id, sessionId);
        repository.delete(id);
        deleteFile(id);
    }

    /** Removes expired uploads (tus expiration), and staging files left without a row. */
    @Scheduled(fixedDelayString = "${roughcut.upload.cleanup-every:15m}", initialDelayString = "${roughcut.upload.cleanup-every:15m}")
    public void removeExpired() {
        for (UUID id : repository.listExpired(OffsetDateTime.now(ZoneOffset.UTC))) {
            repository.delete(id);
            deleteFile(id);
        }
        var known = repository.listAll().stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        try (var files = Files.list(staging)) {
            files.filter(f -> f.getFileName().toString().length() == 36 && !known.contains(f.getFileName().toString())).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(UUID id) {
        return staging.resolve(id.toString());
    }

    private void deleteFile(UUID id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
