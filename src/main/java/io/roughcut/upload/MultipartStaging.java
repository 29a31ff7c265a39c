package io.roughcut.upload;

import io.roughcut.ServerIoException;
import io.roughcut.storage.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where multipart uploads wait while they are probed, {@code <data>/uploads/multipart}, and where the servlet
 * container spools their bodies, {@code <data>/tmp/multipart} ({@code spring.servlet.multipart.location}). A
 * process killed mid-upload leaves files in both that no request will ever claim, so both are emptied when the
 * server starts, before it takes a request. Thread-safe.
 */
@Component
final class MultipartStaging {

    private static final Logger log = LoggerFactory.getLogger(MultipartStaging.class);

    private final Path dir;

    MultipartStaging(@Value("${roughcut.data-dir}") Path dataDir,
                     @Value("${spring.servlet.multipart.location:}") String spool) {
        Path data = dataDir.toAbsolutePath().normalize();
        this.dir = data.resolve("uploads").resolve("multipart");
        empty(dir);
        Path spooled = spool.isBlank() ? null : Path.of(spool).toAbsolutePath().normalize();
        // Only a spool inside the data directory is ours to empty; one the operator put elsewhere may be shared.
        if (spooled != null && spooled.startsWith(data)) {
            empty(spooled);
        }
    }

    /** A new, empty file to move a received part into. */
    Path newFile() {
        try {
            return Files.createTempFile(dir, "upload-", ".part");
        } catch (IOException e) {
            throw ServerIoException.of("storing the upload", e);
        }
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the staged upload {}: {}", file, e.getMessage());
        }
    }

    private static void empty(Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                FileTrees.delete(directory);
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + directory, e);
        }
    }
}
