package io.roughcut.upload;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Upload limits and how uploads are written ({@code roughcut.upload.*}). Immutable.
 *
 * @param maxBytes        the largest upload accepted: 5 GiB
 * @param expiry          how long an unfinished tus upload is kept after its creation
 * @param sessionQuota    how much video one session may keep, counted as uploaded (its jobs' originals and its
 *                        unfinished uploads); the normalised copies and chunks come on top
 * @param maxJobsUnderWay how many of a session's jobs may be queued or in progress at once
 * @param partSize        how many bytes a request gathers before it writes them to the blob store as one part
 * @param lockLease       how long a request that stops sending keeps the upload locked; a request that arrives
 *                        later than that takes the upload over
 */
@ConfigurationProperties("roughcut.upload")
public record UploadSettings(long maxBytes, Duration expiry, @DefaultValue("20GB") DataSize sessionQuota,
                             @DefaultValue("3") int maxJobsUnderWay, @DefaultValue("16MB") DataSize partSize,
                             @DefaultValue("30s") Duration lockLease) {

    /** The file extensions taken up front; the content is checked by ffprobe once the upload completes. */
    public static final Set<String> EXTENSIONS = Set.of("mp4", "mov", "m4v", "mkv", "webm", "avi");

    public UploadSettings {
        if (partSize.toBytes() < 5L * 1024 * 1024) {
            throw new IllegalArgumentException("roughcut.upload.part-size must be at least 5MB, the smallest part S3 takes.");
        }
    }

    /** A size for people, in binary units as the limits are: {@code 5.00 GiB}, {@code 500 MiB}, {@code 12 KiB}. */
    public static String describe(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
        }
        return String.format(java.util.Locale.ROOT, "%.0f KiB", Math.ceil(bytes / 1024.0));
    }
}
