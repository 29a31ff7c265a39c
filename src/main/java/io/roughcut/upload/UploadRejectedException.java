package io.roughcut.upload;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** An upload request the server refuses, and why; the reason says whose fault it is. */
public final class UploadRejectedException extends RoughcutException {

    /** Why an upload request was refused. */
    public enum Reason {
        /** No such upload for this session (or it expired and was removed). */
        NOT_FOUND(Fault.NOT_FOUND),
        /** The client's offset is not the server's: it must ask with HEAD and resume from there. */
        OFFSET_MISMATCH(Fault.CONFLICT),
        /** The declared or sent length is over the limit, or past the declared length. */
        TOO_LARGE(Fault.TOO_LARGE),
        /** The session's videos would take more than its storage quota. */
        QUOTA_EXCEEDED(Fault.TOO_LARGE),
        /** The session has as many jobs under way as it may. */
        TOO_MANY_JOBS(Fault.LIMITED),
        /** Today's Gemini spending of the session, or of the whole server, leaves no room for this video. */
        SPENDING_CAP(Fault.LIMITED),
        /** The server's disk has no room for this upload now. */
        DISK_FULL(Fault.STORAGE_FULL),
        /** Not a video format Roughcut takes, or a PATCH without the tus content type. */
        UNSUPPORTED_TYPE(Fault.UNSUPPORTED_MEDIA),
        /** A missing or malformed header, an empty file, or a file name that cannot be used. */
        BAD_REQUEST(Fault.BAD_REQUEST),
        /** The bytes do not match {@code Upload-Checksum}; they were discarded. */
        CHECKSUM_MISMATCH(Fault.CHECKSUM_MISMATCH),
        /** Another request is writing to this upload right now. */
        BUSY(Fault.BUSY);

        private final Fault fault;

        Reason(Fault fault) {
            this.fault = fault;
        }

        public Fault fault() {
            return fault;
        }
    }

    private final Reason reason;
    private final Duration retryAfter;

    public UploadRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** @param retryAfter how long until trying again may work, or null when nobody knows */
    public UploadRejectedException(Reason reason, String message, Duration retryAfter) {
        super(reason.fault(), message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
