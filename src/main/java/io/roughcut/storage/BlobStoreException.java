package io.roughcut.storage;

import io.roughcut.RoughcutException;

/** The blob store could not read or write an object. */
public final class BlobStoreException extends RoughcutException {

    public BlobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
