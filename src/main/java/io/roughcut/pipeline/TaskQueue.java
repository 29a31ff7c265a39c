package io.roughcut.pipeline;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Carries task ids to workers. It holds no truth: the {@code tasks} table does, and a reconciler re-submits
 * what a queue lost. A task may be delivered more than once; the claim makes it run once. The in-process
 * implementation is the embedded default; a Redis Streams one replaces it in distributed mode. Thread-safe.
 */
public interface TaskQueue {

    /** Starts delivering submitted tasks to {@code worker}, on at most the policy's concurrency per type. */
    void start(Consumer<Task> worker);

    /** Delivers the task once {@code delay} has passed. */
    void submit(Task task, Duration delay);

    /** How many tasks wait for a worker. */
    int depth();

    /** Stops delivering; tasks being run are interrupted. */
    void stop();
}
