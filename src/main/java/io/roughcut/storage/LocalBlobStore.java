package io.roughcut.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** A {@link BlobStore} in a local directory ({@code <data>/blobs}): one file per key. Thread-safe. */
public final class LocalBlobStore implements BlobStore {

    // Keys are made from ids and fixed words; anything else is a bug, never a path to follow.
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");

    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
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
    public Path localFile(String key, Path scratchDir) {
        Path file = path(key);
        if (!Files.isRegularFile(file)) {
            throw new BlobStoreException("There is no stored object " + key + ".", null);
        }
        return file;
    }

    @Override
    public void deletePrefix(String prefix) {
        try {
            FileTrees.delete(path(prefix));
        } catch (IOException e) {
            throw new BlobStoreException("Could not delete " + prefix + ": " + e.getMessage(), e);
        }
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
}
