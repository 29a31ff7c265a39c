package io.roughcut.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * CPU seconds that this process's finished children (FFmpeg) have used, from Linux's {@code /proc/self/stat}.
 * A benchmark on a shared machine reports it next to the wall time: other work stretches the wall time of
 * whichever side it overlaps, but barely changes the CPU time each side needs.
 */
final class ChildCpu {

    /** Linux's USER_HZ, the unit of the stat file's times, which the kernel fixes at 100 on x86 and arm. */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path STAT = Path.of("/proc/self/stat");

    private ChildCpu() {
    }

    /** User plus system seconds of the children that have been waited for, or empty off Linux. */
    static OptionalDouble seconds() {
        try {
            String stat = Files.readString(STAT);
            // The command name in parentheses may hold spaces; the numbered fields start after its ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 16 and 17 of the stat line (cutime, cstime) are the 14th and 15th after the name.
            return OptionalDouble.of((Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException notLinux) {
            return OptionalDouble.empty();
        }
    }
}
