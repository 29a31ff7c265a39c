package io.roughcut.pipeline;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Progress events of jobs, for whoever listens (the SSE endpoint). In one process they go from the task to
 * the listeners directly ({@link InProcessJobEvents}); in a deployment of several they cross nodes over Redis
 * pub/sub, so a browser on any API node sees work done on any worker. Events are for showing progress live;
 * they may be lost, and the database's state is what a reconnecting browser starts from. Thread-safe;
 * listeners must not block.
 */
public interface JobEvents {

    /** Listens to one job's events until the returned handle is closed. */
    AutoCloseable subscribe(UUID jobId, Consumer<JobEvent> listener);

    /** Tells every listener of the job, wherever it is; never blocks on a network. */
    void publish(JobEvent event);
}
