package io.roughcut;

import java.io.IOException;

/**
 * The server could not read or write its own files: never the caller's fault. A full disk is its own kind
 * ({@link Fault#STORAGE_FULL}), because it passes once space is freed and the operator must hear of it.
 */
public final class ServerIoException extends RoughcutException {

    private ServerIoException(Fault fault, String message, Throwable cause) {
        super(fault, message, cause);
    }

    /**
     * Wraps an I/O failure of the server's own storage.
     *
     * @param what what was being done, for the log, such as "storing the upload"
     */
    public static ServerIoException of(String what, IOException cause) {
        if (DiskFull.isCause(cause)) {
            return new ServerIoException(Fault.STORAGE_FULL, "The server ran out of disk space while " + what
                    + ". Nothing of yours was lost; try again later.", cause);
        }
        return new ServerIoException(Fault.SERVER_IO, "The server could not finish " + what + ": " + cause.getMessage(),
                cause);
    }
}
