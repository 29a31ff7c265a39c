package io.roughcut.storage;

import io.roughcut.Fault;
import io.roughcut.RoughcutException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Free space on the disk of the data directory, where the database, the uploads being received and the work
 * files live. A reserve ({@code roughcut.storage.disk-reserve}, 2 GB by default) is kept for the database and
 * the work in progress: an upload or a step that would eat into it is refused before it writes a byte, because a
 * database that finds its disk full closes. Thread-safe.
 */
@Component
public final class DiskSpace {

    /** How many bytes the disk holding a directory has free: the operating system's answer, or a test's. */
    @FunctionalInterface
    public interface UsableSpace {
        long usableBytes(Path directory) throws IOException;
    }

    private final Path dataDir;
    private final long reserve;
    private final UsableSpace usable;

    DiskSpace(@Value("${roughcut.data-dir}") Path dataDir,
              @Value("${roughcut.storage.disk-reserve:2GB}") DataSize reserve, ObjectProvider<UsableSpace> usable) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.reserve = reserve.toBytes();
        this.usable = usable.getIfAvailable(() -> dir -> Files.getFileStore(dir).getUsableSpace());
    }

    /** Bytes that may still be written before the reserve is reached; negative once it is. */
    public long room() {
        try {
            Files.createDirectories(dataDir);
            return usable.usableBytes(dataDir) - reserve;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the free space of " + dataDir, e);
        }
    }

    public long reserve() {
        return reserve;
    }

    /** True when the disk is into the reserve: health says so, and new work that writes is refused. */
    public boolean isLow() {
        return room() < 0;
    }

    /**
     * Refuses work that needs {@code bytes} more than the disk has room for.
     *
     * @param what what the bytes are for, for the message, such as "preparing talk.mp4"
     * @throws RoughcutException of kind {@link Fault#STORAGE_FULL} when there is no room
     */
    public void require(long bytes, String what) {
        long room = room();
        if (bytes > room) {
            throw new RoughcutException(Fault.STORAGE_FULL, "The server's disk has no room for " + what + " now: it "
                    + "needs " + describe(bytes) + " and " + describe(Math.max(0, room)) + " is free. Try again later; "
                    + "the operator has been told.");
        }
    }

    private static String describe(long bytes) {
        return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(java.util.Locale.ROOT, "%.0f MiB", Math.ceil(bytes / (double) (1L << 20)));
    }
}
