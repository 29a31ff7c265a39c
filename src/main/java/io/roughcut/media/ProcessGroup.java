package io.roughcut.media;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The FFmpeg processes one piece of work starts, on its own thread and on the threads it starts, so that
 * someone else can stop that work: {@link #stop} kills them, and every run waiting for one fails at once.
 * This is how work is cancelled without interrupting its thread, whose database or file channel an
 * interrupt would close. Thread-safe.
 */
public final class ProcessGroup {

    // Inherited, so the threads a piece of work starts (the cutter's, the runner's readers) belong to it too.
    private static final InheritableThreadLocal<ProcessGroup> CURRENT = new InheritableThreadLocal<>();

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    /** Runs {@code work} in this group on the calling thread. */
    public <T> T run(Supplier<T> work) {
        ProcessGroup outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** Kills every process of the group, now and whenever one starts later. */
    public void stop() {
        stopped = true;
        running.forEach(ProcessGroup::kill);
    }

    public boolean isStopped() {
        return stopped;
    }

    /** The group the calling thread works in, or null. */
    static ProcessGroup current() {
        return CURRENT.get();
    }

    void started(Process process) {
        running.add(process);
        if (stopped) {
            kill(process);
        }
    }

    void ended(Process process) {
        running.remove(process);
    }

    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
