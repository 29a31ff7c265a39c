package io.roughcut.storage;

/**
 * One written part of a multipart write: its number, its size in bytes, and the store's tag for it, which
 * completing the write must present. Immutable.
 */
public record BlobPart(int number, long sizeBytes, String etag) {
}
