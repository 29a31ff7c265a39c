package io.roughcut.upload;

import io.roughcut.analysis.AnalysisOptions;
import io.roughcut.media.InvalidMediaException;
import io.roughcut.pipeline.AnalyzerCatalog;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.pipeline.Jobs;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.BlobStoreException;
import io.roughcut.upload.UploadRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The tus uploads of this deployment. The bytes go into the blob store as a multipart write of the original
 * (a part every {@code roughcut.upload.part-size}, a shorter tail as a blob of its own), staged on this
 * node's disk only for as long as one request runs, so any API node can take the next request and an
 * upload resumes after any node restarts; memory stays flat whatever the size. A request writes only while
 * it holds the upload's lock in the database. When the last byte arrives the original is completed and
 * becomes a job, whose id is the upload's: completing is repeatable, so an upload whose request ended (or
 * whose node died) in between is completed again by the next HEAD or by the clean-up. Thread-safe.
 */
@Component
public final class TusUploads {

    private static final Logger log = LoggerFactory.getLogger(TusUploads.class);
    private static final int BUFFER = 64 * 1024;

    private final UploadRepository repository;
    private final UploadSettings settings;
    private final Jobs jobs;
    private final AnalyzerCatalog analyzers;
    private final BlobStore blobs;
    private final UploadAdmission admission;
    private final Path staging;

    TusUploads(UploadRepository repository, UploadSettings settings, Jobs jobs, AnalyzerCatalog analyzers,
               BlobStore blobs, UploadAdmission admission, @Value("${roughcut.data-dir}") Path dataDir) {
        this.repository = repository;
        this.admission = admission;
        this.settings = settings;
        this.jobs = jobs;
        this.analyzers = analyzers;
        this.blobs = blobs;
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
     * @param options  the analysis settings the metadata chose (see {@link io.roughcut.pipeline.AnalysisChoice})
     */
    public Upload create(UUID sessionId, long length, String rawFileName, String analyzer, AnalysisOptions options) {
        String name = FileNames.sanitize(rawFileName);
        FileNames.requireVideoExtension(name);
        AnalyzerOption chosen = analyzers.choose(analyzer, "Upload-Metadata \"analyzer\"");
        admission.admit(sessionId, length, chosen);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        String multipart = blobs.startMultipart(Jobs.originalKey(id));
        Upload upload = new Upload(id, sessionId, name, length, 0, null, now, now.plus(settings.expiry()), chosen.id(),
                options, multipart, 0, null, 0);
        repository.insert(upload);
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
     * The upload as HEAD reports it. One whose every byte arrived but which has no job yet (its last request
     * ended before the job was made) is completed now, so the client learns its job.
     */
    public Upload status(UUID id, UUID sessionId) {
        Upload upload = find(id, sessionId);
        if (!upload.isComplete() || upload.jobId() != null) {
            return upload;
        }
        return completeLocked(upload).orElse(upload);
    }

    /**
     * Appends the body at {@code clientOffset}. Bytes that arrived before the client went away are kept
     * (unless the request carried a checksum, which they can no longer be checked against), so the upload
     * resumes from there. Returns the upload as it now stands.
     *
     * @param contentLength the request's declared length, or -1 when chunked
     * @param sha1          the expected SHA-1 of this request's bytes, or null
     */
    public Upload append(UUID id, UUID sessionId, long clientOffset, long contentLength, InputStream body, byte[] sha1) {
        Upload upload = find(id, sessionId);
        if (upload.isComplete()) {
            throw new UploadRejectedException(Reason.OFFSET_MISMATCH, "This upload is already complete.");
        }
        UUID token = UUID.randomUUID();
        if (!repository.lock(id, token, settings.lockLease())) {
            throw new UploadRejectedException(Reason.BUSY, "Another request is writing to this upload. Wait for it, "
                    + "then resume from the offset HEAD reports.");
        }
        try {
            upload = repository.find(id).orElseThrow(() -> new UploadRejectedException(Reason.NOT_FOUND,
                    "The upload was ended while this request waited."));
            if (clientOffset != upload.offset()) {
                throw new UploadRejectedException(Reason.OFFSET_MISMATCH, "Upload-Offset is " + clientOffset
                        + " but the server has " + upload.offset() + " bytes. Resume from " + upload.offset() + ".");
            }
            long room = upload.declaredLength() - upload.offset();
            if (contentLength > room) {
                throw new UploadRejectedException(Reason.TOO_LARGE, "This request sends " + contentLength
                        + " bytes but only " + room + " remain of the declared Upload-Length.");
            }
            try (UploadWrite write = new UploadWrite(repository, blobs, settings, upload, token, staging)) {
                read(body, write, room, contentLength, sha1);
                Upload now = write.settle();
                return now.isComplete() ? complete(now) : now;
            }
        } finally {
            repository.unlock(id, token);
        }
    }

    private void read(InputStream body, UploadWrite write, long room, long contentLength, byte[] sha1) {
        // Bytes may leave the staging before the body ends only when nothing about the body is left to check.
        boolean early = sha1 == null && contentLength >= 0;
        MessageDigest digest = sha1 == null ? null : sha1();
        long added = 0;
        byte[] buffer = new byte[BUFFER];
        try {
            try {
                int n;
                while ((n = body.read(buffer)) > 0) {
                    if (added + n > room) {
                        write.discardAdded(added);
                        throw new UploadRejectedException(Reason.TOO_LARGE, "The request sends more bytes than the "
                                + "declared Upload-Length of " + write.upload().declaredLength() + "; none of them were kept.");
                    }
                    write.add(buffer, n);
                    if (digest != null) {
                        digest.update(buffer, 0, n);
                    }
                    added += n;
                    if (early) {
                        write.writePartIfFull();
                    }
                }
            } catch (IOException clientGone) {
                // The connection broke: keep what arrived, so the client can resume from the new offset.
                if (early) {
                    write.settle();
                } else {
                    write.discardAdded(added);
                }
                throw new UncheckedIOException(clientGone);
            }
            if (digest != null && !MessageDigest.isEqual(digest.digest(), sha1)) {
                write.discardAdded(added);
                throw new UploadRejectedException(Reason.CHECKSUM_MISMATCH, "The bytes do not match Upload-Checksum; "
                        + "they were discarded. Send them again from offset " + write.upload().offset() + ".");
            }
        } catch (IOException staged) {
            throw new UncheckedIOException("Could not stage the upload's bytes on the server: " + staged.getMessage(), staged);
        }
    }

    /** Takes the lock and completes the upload, unless a request holds it now (which will complete it). */
    private java.util.Optional<Upload> completeLocked(Upload upload) {
        UUID token = UUID.randomUUID();
        if (!repository.lock(upload.id(), token, settings.lockLease())) {
            return java.util.Optional.empty();
        }
        try {
            Upload now = repository.find(upload.id()).orElse(null);
            return now == null || !now.isComplete() || now.jobId() != null ? java.util.Optional.ofNullable(now)
                    : java.util.Optional.of(complete(now));
        } finally {
            repository.unlock(upload.id(), token);
        }
    }

    /**
     * Makes the original whole from its parts and starts its job. Each step can be repeated: a write that
     * is already complete is recognised by the object's size, and a job that exists is not made again.
     */
    private Upload complete(Upload upload) {
        String key = Jobs.originalKey(upload.id());
        try {
            blobs.completeMultipart(key, upload.multipartId(), repository.parts(upload.id()));
        } catch (BlobStoreException e) {
            if (blobs.size(key).orElse(-1) != upload.declaredLength()) {
                throw e;
            }
        }
        try {
            if (!jobs.exists(upload.id())) {
                AnalyzerOption analyzer = upload.analyzer() == null ? analyzers.defaultOption()
                        : AnalyzerOption.byId(upload.analyzer()).orElse(analyzers.defaultOption());
                jobs.startStored(upload.id(), upload.sessionId(), upload.fileName(), upload.declaredLength(), analyzer,
                        upload.options());
            }
        } catch (InvalidMediaException e) {
            remove(upload);
            throw e;
        }
        repository.setJob(upload.id(), upload.id());
        return upload.at(upload.offset(), upload.id());
    }

    /** Deletes the upload and its bytes (tus termination). */
    public void terminate(UUID id, UUID sessionId) {
        remove(find(id, sessionId));
    }

    private void remove(Upload upload) {
        repository.delete(upload.id());
        if (upload.jobId() == null) {
            blobs.abortMultipart(Jobs.originalKey(upload.id()), upload.multipartId());
            blobs.deletePrefix("uploads/" + upload.id() + "/");
        }
    }

    /**
     * Completes uploads whose last request ended before their job was made, removes expired uploads (tus
     * expiration) with their parts, and staging files that no request uses any more.
     */
    @Scheduled(fixedDelayString = "${roughcut.upload.cleanup-every:15m}", initialDelayString = "${roughcut.upload.cleanup-every:15m}")
    public void removeExpired() {
        completeInterrupted();
        for (Upload upload : repository.listExpired(OffsetDateTime.now(ZoneOffset.UTC))) {
            if (upload.jobId() == null) {
                remove(upload);
            } else {
                repository.delete(upload.id());
            }
        }
        Instant abandoned = Instant.now().minus(settings.lockLease().multipliedBy(2));
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList()) {
                // Only the tus staging files: the multipart uploads keep their own directory in here.
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).compareTo(FileTime.from(abandoned)) < 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            log.warn("could not clean the upload staging directory {}: {}", staging, e.getMessage());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void completeInterrupted() {
        for (Upload upload : repository.listCompleteWithoutJob()) {
            try {
                completeLocked(upload);
                log.info("upload {} had all its bytes but no job; completed it", upload.id());
            } catch (RuntimeException e) {
                log.warn("upload {} had all its bytes but could not be completed: {}", upload.id(), e.getMessage());
            }
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
