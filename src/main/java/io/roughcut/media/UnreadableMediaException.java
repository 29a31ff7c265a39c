package io.roughcut.media;

import io.roughcut.Fault;

/**
 * The file does not exist or Roughcut may not read it. In the service that file is the server's own copy of
 * an upload, so this is the server's fault ({@link Fault#SERVER_IO}); the CLI still exits with code 3.
 */
public final class UnreadableMediaException extends InvalidMediaException {

    public UnreadableMediaException(String message) {
        super(Fault.SERVER_IO, message, null);
    }

    public UnreadableMediaException(String message, Throwable cause) {
        super(Fault.SERVER_IO, message, cause);
    }
}
