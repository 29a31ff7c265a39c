package io.roughcut.upload;

import io.roughcut.RoughcutException;

/** An upload request the server refuses; the web layer maps {@link #reason()} to an HTTP status. */
public final class UploadRejectedException extends RoughcutException {

    /** Why an upload request was refused. */
    public enum Reason {
        /** No such upload for this session (or it expired and was removed). */
        NOT_FOUND,
        /** The client's offset is not the server's: it must ask with HEAD and resume from there. */
        OFFSET_MISMATCH,
        /** The declared or sent length is over the limit, or past the declared length. */
        TOO_LARGE,
        /** Not a video format Roughcut takes, or a PATCH without the tus content type. */
        UNSUPPORTED_TYPE,
        /** A missing or malformed header. */
        BAD_REQUEST,
        /** The bytes do not match {@code Upload-Checksum}; they were discarded. */
        CHECKSUM_MISMATCH,
        /** Another request is writing to this upload right now. */
        BUSY
    }

    private final Reason reason;

    public UploadRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
