package io.roughcut.pipeline;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a task's writes conditional on its claim: they run in one transaction that first locks the task's
 * row with the claim's token, so they commit only while the claim holds it, and a takeover (which updates
 * that row) waits until they are committed or sees none of them. Thread-safe.
 */
@Component
final class TaskFence {

    private final TaskRepository tasks;
    private final TransactionTemplate transaction;

    TaskFence(TaskRepository tasks, TransactionTemplate transaction) {
        this.tasks = tasks;
        this.transaction = transaction;
    }

    /**
     * Runs {@code writes} under the claim's fence and returns what they return.
     *
     * @throws LeaseLostException when the claim no longer holds the task; nothing is written then
     */
    <T> T write(Claim claim, Supplier<T> writes) {
        return transaction.execute(status -> {
            if (!tasks.lockIfHeld(claim)) {
                throw new LeaseLostException(claim);
            }
            return writes.get();
        });
    }

    /** {@link #write} for writes that return nothing. */
    void run(Claim claim, Runnable writes) {
        write(claim, () -> {
            writes.run();
            return null;
        });
    }
}
