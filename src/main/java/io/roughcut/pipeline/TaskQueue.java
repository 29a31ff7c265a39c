package io.roughcut.pipeline;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Carries task ids to workers. It holds no truth: the {@code tasks} table does, and the reconciler submits
 * again whatever the table says is pending, so a queue that loses everything only delays work.
 *
 * <p>The delivery contract, which every implementation keeps:
 * <ul>
 * <li><b>At least once.</b> A submitted task reaches a worker once its delay has passed, possibly more than
 * once; the fenced claim in {@link TaskRepository#claim} makes it run once.</li>
 * <li><b>One in flight.</b> Submitting a task that is already waiting in the queue does not add a second
 * delivery, so wake-ups and the reconciler never pile deliveries onto one pending task.</li>
 * <li><b>Acknowledged after the outcome.</b> A delivery counts as done when the worker returns from it,
 * which is after the task's fenced outcome was written, or after the worker found it could not be
 * claimed. A delivery whose worker died is delivered again: by the queue itself after the visibility
 * timeout where it can (Redis), by the reconciler otherwise.</li>
 * </ul>
 * The in-process implementation is the embedded default. Thread-safe.
 */
public interface TaskQueue {

    /**
     * Starts delivering submitted tasks to {@code worker}, on at most the policy's concurrency per type. A
     * process that only submits (an API node) never calls it.
     */
    void start(Consumer<TaskRef> worker);

    /**
     * Delivers the task once {@code delay} has passed, unless it is already waiting to be delivered. Never
     * fails: a queue that cannot take it now logs why, and the reconciler submits it again.
     */
    void submit(TaskRef task, Duration delay);

    /** How many tasks wait for a worker. */
    int depth();

    /** Stops delivering; tasks being run are given a moment to end, and are never interrupted. */
    void stop();
}
