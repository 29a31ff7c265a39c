package io.roughcut.web;

import io.roughcut.Fault;

/** The HTTP status of each kind of failure: the only place a {@link Fault} becomes a status code. */
final class HttpFaults {

    /** tus's status for bytes that do not match Upload-Checksum. */
    static final int CHECKSUM_MISMATCH = 460;

    private HttpFaults() {
    }

    static int status(Fault fault) {
        return switch (fault) {
            case BAD_REQUEST -> 400;
            case NO_SESSION -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA -> 415;
            case RANGE_NOT_SATISFIABLE -> 416;
            case UNPROCESSABLE -> 422;
            case BUSY -> 423;
            case LIMITED -> 429;
            case CHECKSUM_MISMATCH -> CHECKSUM_MISMATCH;
            // Nobody reads it; it is what the access log shows (nginx's "client closed request").
            case CLIENT_GONE -> 499;
            case STORAGE_FULL -> 507;
            case SERVER_IO, INTERNAL -> 500;
            case UNAVAILABLE -> 503;
        };
    }
}
