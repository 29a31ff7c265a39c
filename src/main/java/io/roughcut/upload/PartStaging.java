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
 * at most a part's worth, or the whole request when its checksum must be checked first. Its files belong to
 * one request and are deleted when the request ends. Not thread-safe.
 */
final class PartStaging implements AutoCloseable {

    private final Path dir;
    private final String name;
    private int generation;
    private Path file;
    private FileChannel channel;
    private long size;

    private PartStaging(Path dir, String name) throws IOException {
        this.dir = dir;
        this.name = name;
        open();
    }

    static PartStaging create(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            return new PartStaging(dir, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stage upload bytes in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void open() throws IOException {
        file = dir.resolve(name + "." + generation++);
        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        size = 0;
    }

    Path file() {
        return file;
    }

    /**
     * Hands the staged bytes over as a file of their own, flushed to disk, which the caller may move away;
     * staging goes on, empty, in a new file.
     */
    Path handOver() throws IOException {
        channel.force(false);
        channel.close();
        Path full = file;
        open();
        return full;
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
