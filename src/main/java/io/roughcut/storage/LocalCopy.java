package io.roughcut.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A blob as a local file for as long as it is open. A copy (downloaded from a bucket) is deleted on
 * close; a file that is the store's own original is left alone. Not thread-safe; one owner.
 */
public final class LocalCopy implements AutoCloseable {

    private final Path path;
    private final boolean copy;

    private LocalCopy(Path path, boolean copy) {
        this.path = path;
        this.copy = copy;
    }

    /** The store's own file; closing leaves it. */
    public static LocalCopy original(Path path) {
        return new LocalCopy(path, false);
    }

    /** A file made for this owner; closing deletes it. */
    public static LocalCopy copy(Path path) {
        return new LocalCopy(path, true);
    }

    public Path path() {
        return path;
    }

    /** True when closing deletes the file. */
    public boolean isCopy() {
        return copy;
    }

    @Override
    public void close() {
        if (copy) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete the local copy " + path, e);
            }
        }
    }
}
