package io.roughcut.pipeline;

import io.roughcut.storage.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The local directories tasks work in, {@code <data>/scratch/{taskId}-{claimToken}}: one per claim, so a
 * task that runs again after its lease was taken over never touches the files of the run before it. A
 * directory lives only as long as its task; what it holds that others need goes to the blob store. Each
 * process has its own data directory. Thread-safe.
 */
@Component
final class ScratchDirs {

    private static final Logger log = LoggerFactory.getLogger(ScratchDirs.class);

    private final Path root;

    ScratchDirs(@Value("${roughcut.data-dir}") Path dataDir) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("scratch");
    }

    /** A new, empty directory for this claim. */
    Path create(Claim claim) {
        try {
            Path dir = root.resolve(claim.taskId() + "-" + claim.token());
            FileTrees.delete(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a scratch directory under " + root + ": " + e.getMessage(), e);
        }
    }

    void delete(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            log.warn("could not delete the scratch directory {}: {}", dir, e.getMessage());
        }
    }

    /** Deletes what tasks that died with their process left behind: every directory of a claim not held now. */
    void deleteAbandoned(Collection<UUID> heldTokens) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                boolean held = name.length() == 73 && heldTokens.stream().anyMatch(t -> name.endsWith(t.toString()));
                if (!held) {
                    delete(dir);
                }
            }
        } catch (IOException e) {
            log.warn("could not list the scratch directory {}: {}", root, e.getMessage());
        }
    }
}
