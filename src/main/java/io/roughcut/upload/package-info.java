/**
 * Uploads: tus 1.0.0 at {@code /api/uploads} (creation, creation-with-upload, termination, expiration,
 * checksum) and the brief's multipart {@code POST /api/videos/upload}. Bytes stream in bounded memory; a
 * complete upload becomes a job. User file names are sanitised for display and never used in paths.
 */
package io.roughcut.upload;
