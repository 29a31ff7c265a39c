package io.roughcut.upload;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Upload limits ({@code roughcut.upload.*}). Immutable.
 *
 * @param maxBytes the largest upload accepted: 5 GiB
 * @param expiry   how long an unfinished tus upload is kept after its creation
 */
@ConfigurationProperties("roughcut.upload")
public record UploadSettings(long maxBytes, Duration expiry) {

    /** The file extensions taken up front; the content is checked by ffprobe once the upload completes. */
    public static final Set<String> EXTENSIONS = Set.of("mp4", "mov", "m4v", "mkv", "webm", "avi");
}
