package io.roughcut.storage.s3;

import java.net.URI;

/**
 * Where an S3-compatible bucket is and how to reach it: DigitalOcean Spaces, AWS S3, MinIO or S3Proxy.
 * Immutable.
 *
 * @param endpoint       the service's URL, such as {@code https://nyc3.digitaloceanspaces.com}; null for AWS
 * @param publicEndpoint the URL browsers reach the service at, for presigned links; usually the same as
 *                       {@code endpoint}, but a different one behind a proxy or inside a container network
 * @param region         the signing region ({@code nyc3} for Spaces in New York, {@code us-east-1} for MinIO)
 * @param pathStyle      {@code https://host/bucket/key} rather than {@code https://bucket.host/key}; MinIO and
 *                       S3Proxy need it, Spaces and AWS take either
 * @param partBytes      the size of one part of a multipart write; S3 allows 5 MiB to 5 GiB
 */
public record S3Settings(URI endpoint, URI publicEndpoint, String region, String bucket, String accessKey,
                         String secretKey, boolean pathStyle, long partBytes) {

    public static final long DEFAULT_PART_BYTES = 16L * 1024 * 1024;

    public S3Settings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("The S3 bucket is not set (DO_SPACES_BUCKET).");
        }
        if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("The S3 access key and secret are not set (DO_SPACES_KEY, DO_SPACES_SECRET).");
        }
        if (partBytes < 5L * 1024 * 1024) {
            throw new IllegalArgumentException("An S3 part must be at least 5 MiB, not " + partBytes + " bytes.");
        }
        region = region == null || region.isBlank() ? regionOf(endpoint) : region;
        publicEndpoint = publicEndpoint == null ? endpoint : publicEndpoint;
    }

    /** Spaces' region is the first label of its endpoint ({@code nyc3.digitaloceanspaces.com}); else us-east-1. */
    static String regionOf(URI endpoint) {
        String host = endpoint == null ? null : endpoint.getHost();
        if (host != null && host.endsWith(".digitaloceanspaces.com")) {
            return host.substring(0, host.indexOf('.'));
        }
        return "us-east-1";
    }

    /** For logs and health: never the secret. */
    @Override
    public String toString() {
        return "bucket " + bucket + (endpoint == null ? "" : " at " + endpoint);
    }
}
