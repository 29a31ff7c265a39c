package io.roughcut.storage.s3;

import io.roughcut.storage.BoundedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A stream over {@code length} bytes of a file from {@code offset}: one part of a multipart write. */
final class FileRegion {

    private FileRegion() {
    }

    static InputStream open(Path file, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
