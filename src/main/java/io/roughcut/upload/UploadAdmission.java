package io.roughcut.upload;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import io.roughcut.pipeline.AnalyzerOption;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.DiskSpace;
import io.roughcut.upload.UploadRejectedException.Reason;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Decides whether an upload of some length may begin, before a byte of it is written: not empty, within the
 * size limit, within the session's storage quota and jobs under way, with room on the server's disk once the
 * other unfinished uploads have arrived, and for Gemini within today's spending caps. Each refusal says what to
 * do. Thread-safe.
 */
@Component
public final class UploadAdmission {

    private final UploadSettings settings;
    private final SessionUsage usage;
    private final DiskSpace disk;
    private final GeminiBudget budget;
    private final BlobStore blobs;

    UploadAdmission(UploadSettings settings, SessionUsage usage, DiskSpace disk, GeminiBudget budget, BlobStore blobs) {
        this.settings = settings;
        this.usage = usage;
        this.disk = disk;
        this.budget = budget;
        this.blobs = blobs;
    }

    /**
     * @param length   the declared size of the video, in bytes
     * @param analyzer the analyser the upload asks for, whose spending may be capped
     * @throws UploadRejectedException when the upload may not begin
     */
    public void admit(UUID sessionId, long length, AnalyzerOption analyzer) {
        if (length < 0) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "Upload-Length must be a number of bytes, 1 or more.");
        }
        if (length == 0) {
            throw new UploadRejectedException(Reason.BAD_REQUEST, "The file is empty (0 bytes). Choose the video "
                    + "file itself; an export that failed can leave an empty file behind.");
        }
        if (length > settings.maxBytes()) {
            throw new UploadRejectedException(Reason.TOO_LARGE, "The file is " + UploadSettings.describe(length)
                    + " and the limit is " + UploadSettings.describe(settings.maxBytes())
                    + ". Trim or compress the video and upload it again.");
        }
        admitSpace(sessionId, length);
        budget.requireRoom(sessionId, analyzer);
    }

    /**
     * Refuses the next request's bytes of a started upload when the disk has no room for them: the bytes
     * received so far stay, and the upload resumes once there is space again.
     *
     * @param incoming the bytes the request brings
     */
    public void admitBytes(Upload upload, long incoming) {
        try {
            disk.require(incoming, "the rest of " + upload.fileName());
        } catch (RoughcutException full) {
            if (full.fault() != Fault.STORAGE_FULL) {
                throw full;
            }
            throw new UploadRejectedException(Reason.DISK_FULL, "The server's disk is full. The "
                    + UploadSettings.describe(upload.offset()) + " of " + upload.fileName() + " received so far are "
                    + "kept: resume the upload later, from offset " + upload.offset() + ".");
        }
    }

    /**
     * The checks that need no exact length, for a body whose size is only known roughly before it is read (a
     * multipart request): the jobs under way, the quota and the disk.
     */
    public void admitSpace(UUID sessionId, long length) {
        int underWay = usage.jobsUnderWay(sessionId);
        if (underWay >= settings.maxJobsUnderWay()) {
            throw new UploadRejectedException(Reason.TOO_MANY_JOBS, "This session already has " + underWay
                    + " videos being analysed, as many as it may. Upload this one when one of them has finished.");
        }
        long quota = settings.sessionQuota().toBytes();
        long stored = usage.storedBytes(sessionId);
        if (stored + length > quota) {
            throw new UploadRejectedException(Reason.QUOTA_EXCEEDED, "This session keeps "
                    + UploadSettings.describe(stored) + " of videos, and this one (" + UploadSettings.describe(length)
                    + ") would take it over its " + UploadSettings.describe(quota) + " quota. Delete videos you no "
                    + "longer need, and upload it again.");
        }
        try {
            // The videos go to a bucket: this host only stages a part or two of a request at a time.
            long here = blobs.storesOnThisHost() ? usage.pendingBytes() + length : 2 * settings.partSize().toBytes();
            disk.require(here, "this upload");
        } catch (RoughcutException full) {
            if (full.fault() != Fault.STORAGE_FULL) {
                throw full;
            }
            throw new UploadRejectedException(Reason.DISK_FULL, "The server has no room for a video of "
                    + UploadSettings.describe(length) + " right now. Nothing was stored; try again later.");
        }
    }
}
