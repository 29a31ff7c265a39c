package io.roughcut.storage;

import io.roughcut.DiskFull;
import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/** The blob store could not read or write an object: the server's fault, a full disk its own kind. */
public final class BlobStoreException extends RoughcutException {

    public BlobStoreException(String message, Throwable cause) {
        super(DiskFull.isCause(cause) ? Fault.STORAGE_FULL : Fault.SERVER_IO, message, cause);
    }
}
