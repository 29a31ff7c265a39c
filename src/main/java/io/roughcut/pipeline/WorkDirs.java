package io.roughcut.pipeline;

import io.roughcut.storage.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Each job's scratch directory, {@code <data>/work/{jobId}}: named by id only. Thread-safe. */
@Component
public final class WorkDirs {

    private final Path root;

    public WorkDirs(@Value("${roughcut.data-dir}") Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("work");
    }

    public Path of(UUID jobId) {
        return root.resolve(jobId.toString());
    }

    /** The job's directory, emptied: an earlier, interrupted prepare leaves nothing behind. */
    Path fresh(UUID jobId) {
        delete(jobId);
        try {
            return Files.createDirectories(of(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(UUID jobId) {
        try {
            FileTrees.delete(of(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the work files of job " + jobId, e);
        }
    }
}
