package io.roughcut.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@link BlobStore} in a local directory ({@code <data>/blobs}): one file per key, for the embedded mode
 * where one host does everything. A multipart write keeps each part as a file under {@code .multipart/} and
 * joins the listed ones when it completes, so a part written twice, or one that was never listed, changes
 * nothing. Thread-safe.
 */
public final class LocalBlobStore implements BlobStore {

    // Keys are made from ids and fixed words; anything else is a bug, never a path to follow. No segment starts
    // with a dot, so no key reaches the .multipart directory.
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*/?");
    private static final String MULTIPART = ".multipart";

    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve(MULTIPART));
        } catch (IOException e) {
            throw new BlobStoreException("Cannot create the blob directory " + this.root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, InputStream in, long length) {
        Path target = path(key);
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(temp)) {
                long copied = in.transferTo(out);
                if (copied != length) {
                    throw new IOException("expected " + length + " bytes but got " + copied);
                }
            }
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new BlobStoreException("Could not store " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void putFile(String key, Path file) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            move(file, target);
        } catch (IOException e) {
            throw new BlobStoreException("Could not store " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream get(String key, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw new BlobStoreException("There is no stored object " + key + ".", e);
        } catch (IOException e) {
            throw new BlobStoreException("Could not read " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OptionalLong size(String key) {
        Path file = path(key);
        try {
            return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public LocalCopy fetch(String key, Path scratchDir) {
        return LocalCopy.original(localPath(key)
                .orElseThrow(() -> new BlobStoreException("There is no stored object " + key + ".", null)));
    }

    @Override
    public Optional<Path> localPath(String key) {
        Path file = path(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** None: the API node streams local objects itself. */
    @Override
    public Optional<URI> presignedGet(String key, Duration lifetime, String contentDisposition) {
        return Optional.empty();
    }

    @Override
    public void deletePrefix(String prefix) {
        try {
            FileTrees.delete(path(prefix));
            try (Stream<Path> writes = Files.list(root.resolve(MULTIPART))) {
                for (Path write : writes.toList()) {
                    Path keyFile = write.resolve("key");
                    if (Files.isRegularFile(keyFile) && Files.readString(keyFile).startsWith(prefix)) {
                        FileTrees.delete(write);
                    }
                }
            }
        } catch (IOException e) {
            throw new BlobStoreException("Could not delete " + prefix + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String startMultipart(String key) {
        path(key);
        String id = UUID.randomUUID().toString();
        Path write = root.resolve(MULTIPART).resolve(id);
        try {
            Files.createDirectories(write);
            Files.writeString(write.resolve("key"), key);
        } catch (IOException e) {
            throw new BlobStoreException("Could not begin storing " + key + ": " + e.getMessage(), e);
        }
        return id;
    }

    @Override
    public BlobPart putPart(String key, String uploadId, int number, Path file) {
        Path write = multipart(key, uploadId);
        if (!Files.isDirectory(write)) {
            throw new BlobStoreException("The multipart write of " + key + " is gone.", null);
        }
        try {
            long size = Files.size(file);
            move(file, write.resolve(Integer.toString(number)));
            return new BlobPart(number, size, etag(number, size));
        } catch (IOException e) {
            throw new BlobStoreException("Could not store part " + number + " of " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<BlobPart> parts) {
        Path write = multipart(key, uploadId);
        Path target = path(key);
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                for (BlobPart p : parts) {
                    Path part = write.resolve(Integer.toString(p.number()));
                    if (!Files.isRegularFile(part) || Files.size(part) != p.sizeBytes()
                            || !etag(p.number(), p.sizeBytes()).equals(p.etag())) {
                        throw new BlobStoreException("Part " + p.number() + " of " + key + " is not as it was stored.", null);
                    }
                    try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                        long copied = 0;
                        while (copied < p.sizeBytes()) {
                            copied += in.transferTo(copied, p.sizeBytes() - copied, out);
                        }
                    }
                }
                out.force(false);
            }
            move(temp, target);
            FileTrees.delete(write);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new BlobStoreException("Could not complete " + key + ": " + e.getMessage(), e);
        } catch (BlobStoreException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        try {
            FileTrees.delete(multipart(key, uploadId));
        } catch (IOException e) {
            throw new BlobStoreException("Could not drop the parts of " + key + ": " + e.getMessage(), e);
        }
    }

    private static String etag(int number, long size) {
        return "local-" + number + "-" + size;
    }

    @Override
    public void check() {
        try {
            Path probe = Files.createTempFile(root, "health", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new BlobStoreException("The blob directory " + root + " is not writable: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean storesOnThisHost() {
        return true;
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    private Path multipart(String key, String uploadId) {
        path(key);
        try {
            UUID.fromString(uploadId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a multipart write id: " + uploadId, e);
        }
        return root.resolve(MULTIPART).resolve(uploadId);
    }

    private Path path(String key) {
        if (!KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return p;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The store's error is what the caller needs to hear about.
        }
    }
}
