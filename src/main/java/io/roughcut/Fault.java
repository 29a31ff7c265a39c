package io.roughcut;

/**
 * What kind of failure an error is, and so whose: the caller's (a bad request, a file that is not a video, a
 * limit reached) or the server's (a full disk, a broken write, a bug). A closed set, free of HTTP: the web
 * layer maps each kind to a status code with one exhaustive switch, the command line to an exit code.
 */
public enum Fault {
    /** A malformed request: a missing or invalid field, header or parameter. */
    BAD_REQUEST,
    /** The caller did not prove a live session. */
    NO_SESSION,
    /** The caller may not use this, whatever the request (a metrics endpoint without its token). */
    FORBIDDEN,
    /** There is no such thing for this caller: a job, an upload, a cut, a route. */
    NOT_FOUND,
    /** The method is not one this address answers. */
    METHOD_NOT_ALLOWED,
    /** The thing exists but is not in a state that allows this now: an upload's offset moved on, results not ready. */
    CONFLICT,
    /** A protocol precondition is not met, such as the tus version. */
    PRECONDITION_FAILED,
    /** Over a size limit or a storage quota. */
    TOO_LARGE,
    /** Not a format Roughcut takes. */
    UNSUPPORTED_MEDIA,
    /** A byte range outside the file. */
    RANGE_NOT_SATISFIABLE,
    /** Well formed, but unusable: a damaged or truncated video. */
    UNPROCESSABLE,
    /** Another request holds this right now. */
    BUSY,
    /** Over a rate, count or spending limit; trying again later may work. */
    LIMITED,
    /** The bytes sent do not match their checksum. */
    CHECKSUM_MISMATCH,
    /** The client went away in the middle of its request; there is nobody to answer. */
    CLIENT_GONE,
    /** The server's disk is full. Not the caller's fault; retrying once space is freed works. */
    STORAGE_FULL,
    /** The server could not read or write its own data. */
    SERVER_IO,
    /** A service the server needs is missing or misconfigured, such as Gemini without a key. */
    UNAVAILABLE,
    /** A fault of Roughcut itself. */
    INTERNAL;

    /** True when the server, not the caller, is to blame: such an error is never answered with a 4xx. */
    public boolean isServerSide() {
        return switch (this) {
            case STORAGE_FULL, SERVER_IO, UNAVAILABLE, INTERNAL -> true;
            case BAD_REQUEST, NO_SESSION, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, PRECONDITION_FAILED,
                 TOO_LARGE, UNSUPPORTED_MEDIA, RANGE_NOT_SATISFIABLE, UNPROCESSABLE, BUSY, LIMITED, CHECKSUM_MISMATCH,
                 CLIENT_GONE -> false;
        };
    }

    /** The short machine-readable name of an error of this kind, such as {@code not_found}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
