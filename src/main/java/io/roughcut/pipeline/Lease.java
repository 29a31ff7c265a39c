package io.roughcut.pipeline;

import java.time.Duration;

/**
 * The hold this process keeps on one claimed task while it runs: {@link Leases} renews it with heartbeats,
 * and ends it early by interrupting the task's thread when the claim was taken over or the task ran past its
 * policy's limit. Closing it stops the heartbeats. Thread-safe.
 */
final class Lease implements AutoCloseable {

    /** How a lease stands. */
    enum Standing {
        /** Renewed; the task's outputs will count. */
        HELD,
        /** Taken over, or unrenewable for longer than the visibility timeout: the outputs are dropped. */
        LOST,
        /** The task ran longer than its policy allows and was stopped; it fails like any other error. */
        OVERTIME
    }

    private final Claim claim;
    private final Thread thread;
    private final long deadline;
    private final Leases leases;
    private volatile long renewedAt;
    private volatile Standing standing = Standing.HELD;

    Lease(Claim claim, Thread thread, Duration limit, Leases leases) {
        this.claim = claim;
        this.thread = thread;
        this.renewedAt = System.nanoTime();
        this.deadline = renewedAt + limit.toNanos();
        this.leases = leases;
    }

    Claim claim() {
        return claim;
    }

    Standing standing() {
        return standing;
    }

    boolean isLost() {
        return standing == Standing.LOST;
    }

    long renewedAt() {
        return renewedAt;
    }

    boolean isPastDeadline(long now) {
        return now - deadline > 0;
    }

    void renewed(long now) {
        renewedAt = now;
    }

    /** Ends the lease early and interrupts the task, whose FFmpeg and uploads then stop. */
    synchronized void end(Standing why) {
        if (standing == Standing.HELD) {
            standing = why;
            thread.interrupt();
        }
    }

    @Override
    public void close() {
        leases.release(this);
    }
}
