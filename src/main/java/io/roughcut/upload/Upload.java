package io.roughcut.upload;

import io.roughcut.analysis.AnalysisOptions;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tus upload: its declared length, how many bytes have arrived, and the job once it completed. The bytes
 * are in the blob store: the parts of a multipart write of the original, plus a tail shorter than a part
 * kept as a blob of its own, so {@code offset} is the parts' sizes plus {@code tailBytes}. Immutable.
 *
 * @param analyzer      the analyser chosen at creation ({@code local}, {@code gemini}, {@code hybrid}), or null
 *                      for the deployment's default
 * @param options       the analysis settings chosen at creation, for the job
 * @param multipartId   the blob store's id of the multipart write of the original
 * @param partsReserved the part numbers handed out so far; the next part is one more
 * @param tailKey       the blob that holds the bytes after the last part, or null when there are none
 */
public record Upload(UUID id, UUID sessionId, String fileName, long declaredLength, long offset, UUID jobId,
                     OffsetDateTime createdAt, OffsetDateTime expiresAt, String analyzer, AnalysisOptions options,
                     String multipartId, int partsReserved, String tailKey, long tailBytes) {

    /** The same upload with {@code offset} bytes received and, once complete, its job. */
    Upload at(long newOffset, UUID newJobId) {
        return new Upload(id, sessionId, fileName, declaredLength, newOffset, newJobId, createdAt, expiresAt, analyzer,
                options, multipartId, partsReserved, tailKey, tailBytes);
    }

    public boolean isComplete() {
        return offset == declaredLength;
    }
}
