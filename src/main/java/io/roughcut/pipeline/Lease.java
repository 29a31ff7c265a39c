package io.roughcut.pipeline;

import io.roughcut.media.ProcessGroup;
import java.time.Duration;

/**
 * The hold this process keeps on one claimed task while it runs: {@link Leases} renews it with heartbeats,
 * and ends it early when the claim was taken over or the task ran past its policy's limit, by stopping the
 * task's {@link ProcessGroup}: its FFmpeg runs fail at once. The task's thread is never interrupted, since an
 * interrupt during file I/O closes the channel (the embedded database's among them). Closing the lease
 * stops the heartbeats. Thread-safe.
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
    private final ProcessGroup work = new ProcessGroup();
    private final long deadline;
    private final Leases leases;
    private volatile long renewedAt;
    private volatile Standing standing = Standing.HELD;
    private volatile boolean settling;

    Lease(Claim claim, Duration limit, Leases leases) {
        this.claim = claim;
        this.renewedAt = System.nanoTime();
        this.deadline = renewedAt + limit.toNanos();
        this.leases = leases;
    }

    Claim claim() {
        return claim;
    }

    /** Runs the task's work in the group that ending the lease stops. */
    <T> T run(java.util.function.Supplier<T> task) {
        return work.run(task);
    }

    Standing standing() {
        return standing;
    }

    boolean isLost() {
        return standing == Standing.LOST;
    }

    /**
     * The work is over and its outcome is being written: no more heartbeats. The outcome's write is fenced by
     * the claim's token in the database, which outlives this lease by the visibility timeout; a heartbeat now
     * would find the row already done and mistake that for a takeover.
     */
    void settle() {
        settling = true;
    }

    boolean isSettling() {
        return settling;
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

    /** Ends the lease early: the task's FFmpeg runs are killed, and its writes will be refused or failed. */
    synchronized void end(Standing why) {
        if (standing == Standing.HELD) {
            standing = why;
            work.stop();
        }
    }

    @Override
    public void close() {
        leases.release(this);
    }
}
