package io.roughcut.upload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A tus upload: its declared length, how many bytes have arrived, and the job once it completed. Immutable. */
public record Upload(UUID id, UUID sessionId, String fileName, long declaredLength, long offset, UUID jobId,
                     OffsetDateTime createdAt, OffsetDateTime expiresAt) {

    public boolean isComplete() {
        return offset == declaredLength;
    }
}
