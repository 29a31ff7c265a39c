/** Blob storage behind the S3-shaped {@link io.roughcut.storage.BlobStore}; the local directory one for now. */
package io.roughcut.storage;
