package io.roughcut.storage;

import org.springframework.context.annotation.Bean;

/**
 * A data disk whose free space a test sets, for the full-disk tests: the server asks it instead of the
 * operating system (everything else, the writes included, is real). Thread-safe.
 */
public final class SimulatedDisk {

    /** Added with {@code spring.main.sources}; deliberately not a @Configuration, so no component scan finds it. */
    public static final String SOURCE = "spring.main.sources=" + Wiring.class.getName();

    private static volatile long free = Long.MAX_VALUE / 4;

    private SimulatedDisk() {
    }

    /** From now on the disk has this many bytes free. */
    public static void setFree(long bytes) {
        free = bytes;
    }

    /** Plenty of room again. */
    public static void reset() {
        free = Long.MAX_VALUE / 4;
    }

    public static final class Wiring {

        @Bean
        DiskSpace.UsableSpace simulatedUsableSpace() {
            return dir -> free;
        }
    }
}
