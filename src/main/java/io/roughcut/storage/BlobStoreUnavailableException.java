package io.roughcut.storage;

/** The blob store could not be reached, or said it is overloaded: an outage, not a fault of the object. */
public final class BlobStoreUnavailableException extends BlobStoreException {

    public BlobStoreUnavailableException(String message, Throwable cause) {
        super(io.roughcut.Fault.UNAVAILABLE, message, cause);
    }
}
