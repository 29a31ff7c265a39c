package io.roughcut.storage;

import io.roughcut.storage.s3.S3BlobStore;
import io.roughcut.storage.s3.S3Settings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 protocol server for tests: S3Proxy on 127.0.0.1 with its objects in a directory, so it can be
 * stopped and started again on the same port with the same objects, as an outage of the store would look.
 * Signature v4 with a fixed key pair, as a real bucket would want.
 */
public final class S3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "roughcut-test";
    public static final String SECRET_KEY = "roughcut-test-secret";

    private final Path dir;
    private int port;
    private S3Proxy proxy;

    private S3Server(Path dir) {
        this.dir = dir;
    }

    /**
     * Runs a bucket until the process is killed, for the storage benchmark (see BENCHMARKS.md): arguments are
     * the directory for the objects and the bucket's name; it prints the endpoint and the keys.
     */
    public static void main(String[] args) throws InterruptedException {
        S3Server server = start(Path.of(args[0]), args[1]);
        System.out.println("DO_SPACES_ENDPOINT=" + server.endpoint() + " DO_SPACES_BUCKET=" + args[1]
                + " DO_SPACES_KEY=" + ACCESS_KEY + " DO_SPACES_SECRET=" + SECRET_KEY);
        Thread.currentThread().join();
    }

    /** Starts a server on a free port, keeping its objects under {@code dir}, with {@code bucket} created. */
    public static S3Server start(Path dir, String bucket) {
        S3Server server = new S3Server(dir);
        server.startOn(0);
        server.createBucket(bucket);
        return server;
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Settings for a store in {@code bucket} with parts of {@code partBytes}. */
    public S3Settings settings(String bucket, long partBytes) {
        return new S3Settings(endpoint(), null, "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true, partBytes);
    }

    public S3BlobStore store(String bucket) {
        return new S3BlobStore(settings(bucket, S3Settings.DEFAULT_PART_BYTES));
    }

    /** The Spring properties that point a Roughcut server at {@code bucket} here. */
    public String[] properties(String bucket) {
        return new String[] {"roughcut.storage.s3.bucket=" + bucket, "roughcut.storage.s3.endpoint=" + endpoint(),
                "roughcut.storage.s3.access-key=" + ACCESS_KEY, "roughcut.storage.s3.secret-key=" + SECRET_KEY,
                "roughcut.storage.s3.region=us-east-1", "roughcut.storage.s3.path-style=true"};
    }

    public void createBucket(String bucket) {
        try (S3Client s3 = S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .forcePathStyle(true).build()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    /** Stops answering, as an outage would; the objects stay. */
    public void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }

    /** Answers again, on the same port, with the same objects. */
    public void restart() {
        startOn(port);
    }

    private void startOn(int wanted) {
        Properties p = new Properties();
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        p.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
        p.setProperty("jclouds.identity", ACCESS_KEY);
        p.setProperty("jclouds.credential", SECRET_KEY);
        proxy = S3Proxy.builder().blobStore(BlobStores.create("filesystem-nio2", p))
                .endpoint(URI.create("http://127.0.0.1:" + wanted))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start on port " + wanted, e);
        }
        port = proxy.getPort();
    }

    @Override
    public void close() {
        stop();
    }
}
