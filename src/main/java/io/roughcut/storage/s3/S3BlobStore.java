package io.roughcut.storage.s3;

import io.roughcut.storage.BlobPart;
import io.roughcut.storage.BlobStore;
import io.roughcut.storage.BlobStoreException;
import io.roughcut.storage.BlobStoreUnavailableException;
import io.roughcut.storage.BoundedInputStream;
import io.roughcut.storage.LocalCopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * A {@link BlobStore} in an S3-compatible bucket, on the AWS SDK v2. Objects are private; players and
 * downloads get presigned GET URLs. Every object larger than one part is written as a multipart upload
 * streamed from its file, so nothing is held whole in memory and objects over S3's 5 GiB single-PUT limit
 * work; its parts go four at a time, and an object of more than one part is fetched as ranges four at a
 * time. Thread-safe.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    private static final int DELETE_BATCH = 1000;
    /** Parts sent or ranges fetched at once for one object. */
    private static final int TRANSFERS = 4;

    private final S3Settings settings;
    private final S3Client s3;
    private final S3Presigner presigner;

    public S3BlobStore(S3Settings settings) {
        this.settings = settings;
        var credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        var config = S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build();
        var builder = S3Client.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .serviceConfiguration(config)
                // Since SDK 2.30 every upload carries a CRC trailer that Spaces, MinIO and others refuse.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        this.s3 = builder.build();
        var presign = S3Presigner.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .serviceConfiguration(config);
        if (settings.publicEndpoint() != null) {
            presign.endpointOverride(settings.publicEndpoint());
        }
        this.presigner = presign.build();
    }

    @Override
    public void put(String key, InputStream in, long length) {
        Path temp = null;
        try {
            if (length <= settings.partBytes()) {
                byte[] bytes = in.readNBytes((int) length);
                if (bytes.length != length || in.read() != -1) {
                    throw new IOException("expected " + length + " bytes");
                }
                call("store " + key, () -> s3.putObject(b -> b.bucket(settings.bucket()).key(key), RequestBody.fromBytes(bytes)));
                return;
            }
            // A stream cannot be read twice, and a part may need a retry: spool it through a file part by part.
            temp = Files.createTempFile("roughcut-s3-", ".part");
            String uploadId = startMultipart(key);
            List<BlobPart> parts = new ArrayList<>();
            long sent = 0;
            while (sent < length) {
                long n = Math.min(settings.partBytes(), length - sent);
                try (var out = Files.newOutputStream(temp)) {
                    long copied = new BoundedInputStream(in, n).transferTo(out);
                    if (copied != n) {
                        abortMultipart(key, uploadId);
                        throw new IOException("expected " + length + " bytes but got " + (sent + copied));
                    }
                }
                parts.add(putRegion(key, uploadId, parts.size() + 1, temp, 0, n));
                sent += n;
            }
            completeMultipart(key, uploadId, parts);
        } catch (IOException e) {
            throw new BlobStoreException("Could not store " + key + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file; the system's clean-up takes it
                }
            }
        }
    }

    @Override
    public void putFile(String key, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new BlobStoreException("Could not read " + file.getFileName() + " to store it: " + e.getMessage(), e);
        }
        if (size <= settings.partBytes()) {
            call("store " + key, () -> s3.putObject(b -> b.bucket(settings.bucket()).key(key), RequestBody.fromFile(file)));
            return;
        }
        // Parts grow with the file so that even a very large one stays within S3's 10,000 parts.
        long partBytes = Math.max(settings.partBytes(), -Math.floorDiv(-size, 9_000));
        String uploadId = startMultipart(key);
        try {
            List<Callable<BlobPart>> sends = new ArrayList<>();
            for (long offset = 0; offset < size; offset += partBytes) {
                int number = sends.size() + 1;
                long from = offset;
                long length = Math.min(partBytes, size - offset);
                sends.add(() -> putRegion(key, uploadId, number, file, from, length));
            }
            completeMultipart(key, uploadId, inParallel(sends));
        } catch (RuntimeException e) {
            abortQuietly(key, uploadId);
            throw e;
        }
    }

    @Override
    public InputStream get(String key, long offset, long length) {
        if (length <= 0) {
            return InputStream.nullInputStream();
        }
        return call("read " + key, () -> s3.getObject(b -> b.bucket(settings.bucket()).key(key)
                .range("bytes=" + offset + "-" + (offset + length - 1))));
    }

    @Override
    public OptionalLong size(String key) {
        try {
            return OptionalLong.of(s3.headObject(b -> b.bucket(settings.bucket()).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return OptionalLong.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw failure("look up " + key, e);
        } catch (SdkException e) {
            throw failure("look up " + key, e);
        }
    }

    @Override
    public LocalCopy fetch(String key, Path scratchDir) {
        Path target;
        try {
            Files.createDirectories(scratchDir);
            target = Files.createTempFile(scratchDir, "blob-", "-" + key.substring(key.lastIndexOf('/') + 1));
            Files.delete(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make room for " + key + " in " + scratchDir, e);
        }
        try {
            var head = call("look up " + key, () -> s3.headObject(b -> b.bucket(settings.bucket()).key(key)));
            long size = head.contentLength();
            if (size <= settings.partBytes()) {
                call("download " + key, () -> s3.getObject(b -> b.bucket(settings.bucket()).key(key).ifMatch(head.eTag()),
                        ResponseTransformer.toFile(target)));
                return LocalCopy.copy(target);
            }
            // One GET is one stream, and a stream is bound by one connection and one core on either side;
            // ranges fetched side by side, each only of the object as it was looked up, share the work.
            try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                List<Callable<Long>> ranges = new ArrayList<>();
                for (long offset = 0; offset < size; offset += settings.partBytes()) {
                    long from = offset;
                    long to = Math.min(size, offset + settings.partBytes()) - 1;
                    ranges.add(() -> call("download " + key, () -> fetchRange(key, head.eTag(), from, to, out)));
                }
                long written = inParallel(ranges).stream().mapToLong(Long::longValue).sum();
                if (written != size) {
                    throw new BlobStoreException("Downloading " + key + " gave " + written + " of its " + size
                            + " bytes.", null);
                }
            }
            return LocalCopy.copy(target);
        } catch (IOException e) {
            LocalCopy.copy(target).close();
            throw new UncheckedIOException("Could not write " + key + " to " + scratchDir, e);
        } catch (RuntimeException e) {
            LocalCopy.copy(target).close();
            throw e;
        }
    }

    /** Writes bytes {@code from} to {@code to} (inclusive) of the object at the same place in {@code out}. */
    private long fetchRange(String key, String etag, long from, long to, FileChannel out) {
        try (var in = s3.getObject(b -> b.bucket(settings.bucket()).key(key).ifMatch(etag)
                .range("bytes=" + from + "-" + to))) {
            byte[] buffer = new byte[1 << 20];
            long position = from;
            int n;
            while ((n = in.read(buffer)) != -1) {
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    position += out.write(chunk, position);
                }
            }
            return position - from;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the calls a few at a time and returns their results in order; the first failure is thrown once
     * the others have ended, so no call still writes when the caller cleans up.
     */
    private static <T> List<T> inParallel(List<Callable<T>> calls) {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(TRANSFERS, calls.size())))) {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> c : calls) {
                running.add(pool.submit(c));
            }
            List<T> results = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<T> f : running) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new BlobStoreException(e.getCause().getMessage(), e.getCause());
                        running.forEach(other -> other.cancel(false));
                    }
                } catch (CancellationException e) {
                    // cancelled after an earlier failure
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BlobStoreException("Interrupted while transferring.", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        }
    }

    @Override
    public Optional<Path> localPath(String key) {
        return Optional.empty();
    }

    @Override
    public Optional<URI> presignedGet(String key, Duration lifetime, String contentDisposition) {
        return Optional.of(call("sign a link to " + key, () -> presigner.presignGetObject(p -> p.signatureDuration(lifetime)
                .getObjectRequest(g -> g.bucket(settings.bucket()).key(key).responseContentDisposition(contentDisposition)))
                .url())).map(url -> {
                    try {
                        return url.toURI();
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Override
    public void deletePrefix(String prefix) {
        call("delete " + prefix, () -> {
            List<ObjectIdentifier> batch = new ArrayList<>(DELETE_BATCH);
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(prefix)).contents()) {
                batch.add(ObjectIdentifier.builder().key(o.key()).build());
                if (batch.size() == DELETE_BATCH) {
                    deleteBatch(batch);
                }
            }
            deleteBatch(batch);
            for (var upload : s3.listMultipartUploadsPaginator(b -> b.bucket(settings.bucket()).prefix(prefix)).uploads()) {
                abortQuietly(upload.key(), upload.uploadId());
            }
            return null;
        });
    }

    private void deleteBatch(List<ObjectIdentifier> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var result = s3.deleteObjects(b -> b.bucket(settings.bucket())
                .delete(Delete.builder().objects(List.copyOf(batch)).quiet(true).build()));
        if (result.hasErrors() && !result.errors().isEmpty()) {
            var first = result.errors().getFirst();
            throw new BlobStoreException("Could not delete " + first.key() + " from " + settings + ": " + first.message(), null);
        }
        batch.clear();
    }

    @Override
    public String startMultipart(String key) {
        return call("begin storing " + key, () -> s3.createMultipartUpload(b -> b.bucket(settings.bucket()).key(key))
                .uploadId());
    }

    @Override
    public BlobPart putPart(String key, String uploadId, int number, Path file) {
        try {
            return putRegion(key, uploadId, number, file, 0, Files.size(file));
        } catch (IOException e) {
            throw new BlobStoreException("Could not read part " + number + " of " + key + ": " + e.getMessage(), e);
        }
    }

    private BlobPart putRegion(String key, String uploadId, int number, Path file, long offset, long length) {
        // The provider opens the region afresh for each try, so a retried part is re-read from the file.
        RequestBody body = RequestBody.fromContentProvider(() -> FileRegion.open(file, offset, length), length,
                "application/octet-stream");
        String etag = call("store part " + number + " of " + key, () -> s3.uploadPart(b -> b.bucket(settings.bucket())
                .key(key).uploadId(uploadId).partNumber(number).contentLength(length), body).eTag());
        return new BlobPart(number, length, etag);
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<BlobPart> parts) {
        List<CompletedPart> completed = parts.stream()
                .map(p -> CompletedPart.builder().partNumber(p.number()).eTag(p.etag()).build()).toList();
        call("complete " + key, () -> s3.completeMultipartUpload(b -> b.bucket(settings.bucket()).key(key)
                .uploadId(uploadId).multipartUpload(m -> m.parts(completed))));
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId));
        } catch (NoSuchUploadException gone) {
            // Completed or aborted before: nothing is left to drop.
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw failure("drop the parts of " + key, e);
            }
        } catch (SdkException e) {
            throw failure("drop the parts of " + key, e);
        }
    }

    private void abortQuietly(String key, String uploadId) {
        try {
            abortMultipart(key, uploadId);
        } catch (RuntimeException ignored) {
            // The failure that brought us here matters more; the bucket's lifecycle rule drops strays.
        }
    }

    @Override
    public void check() {
        call("reach", () -> s3.headBucket(b -> b.bucket(settings.bucket())));
    }

    @Override
    public boolean storesOnThisHost() {
        return false;
    }

    @Override
    public String describe() {
        return settings.toString();
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

    private <T> T call(String what, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (NoSuchKeyException e) {
            throw new BlobStoreException("There is no stored object for " + what.substring(what.indexOf(' ') + 1)
                    + " in " + settings + ".", e);
        } catch (SdkException | UncheckedIOException e) {
            throw failure(what, e);
        }
    }

    private BlobStoreException failure(String what, Exception e) {
        String message = "Could not " + what + " in " + settings + ": " + e.getMessage();
        // Refused connections, timeouts and 5xx answers say nothing about the object: the store is away.
        boolean away = e instanceof SdkClientException || (e instanceof S3Exception s3e && s3e.statusCode() >= 500);
        return away ? new BlobStoreUnavailableException(message, e) : new BlobStoreException(message, e);
    }
}
