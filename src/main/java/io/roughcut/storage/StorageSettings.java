package io.roughcut.storage;

import io.roughcut.storage.s3.S3Settings;
import java.net.URI;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where blobs go ({@code roughcut.storage.*}). Without a bucket they go to the local directory
 * {@code <data>/blobs}, the embedded default; with one (the brief's {@code DO_SPACES_*} variables fill these
 * properties) every host of a deployment uses the bucket. Immutable.
 *
 * @param s3 the bucket, when one is configured
 */
@ConfigurationProperties("roughcut.storage")
public record StorageSettings(S3 s3) {

    /**
     * @param endpoint       {@code https://nyc3.digitaloceanspaces.com}; a bare host name gets https
     * @param publicEndpoint where browsers reach the store for presigned links, when that differs
     * @param region         empty to take it from a Spaces endpoint, or us-east-1
     * @param pathStyle      bucket in the path rather than the host name (MinIO and S3Proxy need it)
     * @param partSize       one part of a multipart write, 5 MB or more
     * @param linkLifetime   how long a presigned link for the player or a download works, in seconds
     */
    public record S3(String endpoint, String publicEndpoint, String region, String bucket, String accessKey,
                     String secretKey, boolean pathStyle, DataSize partSize, long linkLifetime) {
    }

    /** The bucket's settings, or empty for the local directory. */
    public Optional<S3Settings> bucket() {
        if (s3 == null || s3.bucket() == null || s3.bucket().isBlank()) {
            return Optional.empty();
        }
        long part = s3.partSize() == null ? S3Settings.DEFAULT_PART_BYTES : s3.partSize().toBytes();
        return Optional.of(new S3Settings(uri(s3.endpoint()), uri(s3.publicEndpoint()), s3.region(), s3.bucket().trim(),
                s3.accessKey(), s3.secretKey(), s3.pathStyle(), part));
    }

    private static URI uri(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return URI.create(v.contains("://") ? v : "https://" + v);
    }
}
