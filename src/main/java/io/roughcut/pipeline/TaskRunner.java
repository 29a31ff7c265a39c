package io.roughcut.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The worker: claims a delivered task, runs its handler, records the outcome, and submits what follows.
 * Retries with the policy's backoff; gives up after the policy's attempts. Thread-safe.
 */
@Component
public final class TaskRunner {

    private static final Logger logger = LoggerFactory.getLogger(TaskRunner.class);
    // A chunk task that finds its job at the per-job limit looks again after this long.
    private static final Duration BUSY_RETRY = Duration.ofMillis(300);

    private final TaskRepository tasks;
    private final TaskQueue queue;
    private final PipelineSettings settings;
    private final Map<TaskType, TaskHandler> handlers = new EnumMap<>(TaskType.class);
    private final AnalyzeChunkTask analyze;
    private final MeterRegistry metrics;
    // The per-job chunk limit is a count in the claim's WHERE clause; claiming one at a time keeps two
    // concurrent claims from both seeing room for one more.
    private final Object claimLock = new Object();

    TaskRunner(TaskRepository tasks, TaskQueue queue, PipelineSettings settings, List<TaskHandler> all,
               AnalyzeChunkTask analyze, MeterRegistry metrics) {
        this.tasks = tasks;
        this.queue = queue;
        this.settings = settings;
        this.analyze = analyze;
        this.metrics = metrics;
        for (TaskHandler h : all) {
            handlers.put(h.type(), h);
        }
        metrics.gauge("roughcut.queue.depth", queue, TaskQueue::depth);
    }

    /** Runs one delivered task, if it is still pending and can be claimed. */
    public void run(Task delivered) {
        Task task = tasks.find(delivered.id()).orElse(null);
        if (task == null || task.state() != TaskState.PENDING) {
            return;
        }
        Duration wait = Duration.between(JobRepository.now(), task.runAfter());
        if (!wait.isNegative() && !wait.isZero()) {
            queue.submit(task, wait);
            return;
        }
        boolean claimed;
        synchronized (claimLock) {
            claimed = tasks.claim(task, settings.chunksPerJob());
        }
        if (!claimed) {
            tasks.find(task.id()).filter(t -> t.state() == TaskState.PENDING).ifPresent(t -> queue.submit(t, BUSY_RETRY));
            return;
        }
        Task running = tasks.find(task.id()).orElseThrow();
        TaskHandler handler = handlers.get(running.type());
        Timer.Sample sample = Timer.start(metrics);
        List<Task> next;
        try {
            next = handler.run(running);
            tasks.done(running.id());
            if (running.type() == TaskType.AGGREGATE) {
                analyze.forget(running.jobId());
            }
            metrics.counter("roughcut.tasks", "type", running.type().name(), "outcome", "done").increment();
        } catch (RuntimeException e) {
            next = failed(handler, running, e);
        } finally {
            sample.stop(metrics.timer("roughcut.stage.duration", "stage", running.type().name()));
        }
        next.forEach(t -> queue.submit(t, Duration.ZERO));
    }

    private List<Task> failed(TaskHandler handler, Task task, RuntimeException e) {
        TaskPolicy policy = TaskPolicy.of(task.type(), settings);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (handler.isRetryable(e) && task.attempts() < policy.attempts()) {
            Duration delay = policy.backoffAfter(task.attempts());
            logger.warn("task {} {} try {} failed, retrying in {}: {}", task.type(), task.id(), task.attempts(), delay, message);
            tasks.retryLater(task.id(), message, delay);
            if (handler == analyze) {
                analyze.retrying(task, e);
            }
            metrics.counter("roughcut.tasks", "type", task.type().name(), "outcome", "retried").increment();
            tasks.find(task.id()).ifPresent(t -> queue.submit(t, delay));
            return List.of();
        }
        logger.warn("task {} {} failed for good: {}", task.type(), task.id(), message, e);
        tasks.fail(task.id(), message);
        metrics.counter("roughcut.tasks", "type", task.type().name(), "outcome", "failed").increment();
        return handler.giveUp(task, e);
    }
}
