package io.roughcut.storage;

import io.roughcut.DiskFull;
import io.roughcut.Fault;
import io.roughcut.RoughcutException;

/**
 * The blob store could not read or write an object. When the store itself could not be reached (or
 * answered that it is overloaded), it is a {@link BlobStoreUnavailableException}: the same request will
 * likely work once the store is back, so work waits for it rather than failing.
 */
public sealed class BlobStoreException extends RoughcutException permits BlobStoreUnavailableException {

    public BlobStoreException(String message, Throwable cause) {
        super(DiskFull.isCause(cause) ? Fault.STORAGE_FULL : Fault.SERVER_IO, message, cause);
    }

    BlobStoreException(Fault fault, String message, Throwable cause) {
        super(fault, message, cause);
    }
}
