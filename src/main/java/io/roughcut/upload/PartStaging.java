package io.roughcut.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes one tus request has gathered on this API node's disk and not yet written to the blob store:
 * at most a part's worth, or the whole request when its checksum must be checked first. It belongs to one
 * request and is deleted when the request ends. Not thread-safe.
 */
final class PartStaging implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private long size;

    private PartStaging(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
    }

    static PartStaging create(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            return new PartStaging(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stage upload bytes in " + dir + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    void write(byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        size += length;
    }

    /** Appends a whole stream, such as the tail an earlier request left in the blob store. */
    void append(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            write(buffer, n);
        }
    }

    /** Forgets the last {@code bytes} bytes: those of a request whose checksum did not match. */
    void dropLast(long bytes) throws IOException {
        size -= bytes;
        channel.truncate(size);
        channel.position(size);
    }

    /** Empties the staging, once its bytes are a part in the blob store. */
    void clear() throws IOException {
        dropLast(size);
    }

    /** Makes sure what was written is on disk before it is handed on. */
    void flush() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the staged upload bytes " + file, e);
        }
    }
}
