/**
 * Blob storage behind the S3-shaped {@link io.roughcut.storage.BlobStore}: a local directory in embedded
 * mode, an S3-compatible bucket ({@link io.roughcut.storage.s3.S3BlobStore}) when several hosts share the work.
 */
package io.roughcut.storage;
