package io.roughcut.pipeline;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps this process's claims alive: every {@code heartbeat-every} it refreshes the heartbeat of each running
 * task, on a thread of its own so that no other scheduled work can delay it. A task whose claim was taken
 * over, or whose heartbeat could not be written for a whole visibility timeout (the database was out of
 * reach, so another worker may already have taken it), is stopped and its outputs are dropped. A task
 * running past its policy's limit is stopped too, and fails as a timeout. Thread-safe.
 */
@Component
final class Leases implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    private final TaskRepository tasks;
    private final Duration visibilityTimeout;
    private final Set<Lease> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService beat;

    Leases(TaskRepository tasks, PipelineSettings settings) {
        this.tasks = tasks;
        this.visibilityTimeout = settings.visibilityTimeout();
        this.beat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("roughcut-heartbeat").daemon(true).factory());
        long every = settings.heartbeatEvery().toMillis();
        beat.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** Starts keeping the claim alive while its task runs; stop by closing the lease. */
    Lease hold(Claim claim, Duration limit) {
        Lease lease = new Lease(claim, limit, this);
        held.add(lease);
        return lease;
    }

    void release(Lease lease) {
        held.remove(lease);
    }

    /** How many tasks this process runs now. */
    int count() {
        return held.size();
    }

    private void renewAll() {
        long now = System.nanoTime();
        for (Lease lease : held) {
            if (lease.isSettling()) {
                continue;
            }
            if (lease.isPastDeadline(now)) {
                log.warn("{} ran past its limit and is stopped", lease.claim());
                lease.end(Lease.Standing.OVERTIME);
                continue;
            }
            try {
                if (tasks.heartbeat(lease.claim())) {
                    lease.renewed(now);
                } else if (lease.isSettling()) {
                    // The task settled while this heartbeat was on its way, and its outcome was written:
                    // the row no longer matches because the task is over, not because it was taken over.
                    continue;
                } else {
                    log.warn("{} was taken over by another worker; stopping it and dropping its outputs", lease.claim());
                    lease.end(Lease.Standing.LOST);
                }
            } catch (RuntimeException e) {
                if (now - lease.renewedAt() > visibilityTimeout.toNanos()) {
                    log.warn("{}: no heartbeat for {} s ({}); another worker may run it now, so it stops", lease.claim(),
                            visibilityTimeout.toSeconds(), e.getMessage());
                    lease.end(Lease.Standing.LOST);
                } else {
                    log.debug("heartbeat of {} failed, will retry: {}", lease.claim(), e.toString());
                }
            }
        }
    }

    /** Stops the heartbeats, and the work of every task still running, which another process will redo. */
    @Override
    public void close() {
        beat.shutdownNow();
        held.forEach(lease -> lease.end(Lease.Standing.LOST));
    }
}
