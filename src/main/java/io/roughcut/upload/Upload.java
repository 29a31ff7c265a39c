package io.roughcut.upload;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tus upload: its declared length, how many bytes have arrived, and the job once it completed. Immutable.
 *
 * @param analyzer the analyser chosen at creation ({@code local}, {@code gemini}, {@code hybrid}), or null for
 *                 the deployment's default
 */
public record Upload(UUID id, UUID sessionId, String fileName, long declaredLength, long offset, UUID jobId,
                     OffsetDateTime createdAt, OffsetDateTime expiresAt, String analyzer) {

    /** The same upload with {@code offset} bytes received and, once complete, its job. */
    Upload at(long newOffset, UUID newJobId) {
        return new Upload(id, sessionId, fileName, declaredLength, newOffset, newJobId, createdAt, expiresAt, analyzer);
    }

    public boolean isComplete() {
        return offset == declaredLength;
    }
}
