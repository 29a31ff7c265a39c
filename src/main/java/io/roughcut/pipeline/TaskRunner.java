package io.roughcut.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.roughcut.storage.BlobStoreUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The worker: claims a delivered task, runs its handler while {@link Leases} keeps the claim alive, records
 * the outcome under the claim's fence, and submits what follows. Retries with the policy's backoff and gives
 * up after the policy's attempts. A task held back by a concurrency limit is not resubmitted: it waits until
 * a task of its job (or, for a new job, a job) ends and wakes it, or until the reconciler's next round.
 * Thread-safe.
 */
@Component
public final class TaskRunner {

    private static final Logger logger = LoggerFactory.getLogger(TaskRunner.class);

    private final TaskRepository tasks;
    private final TaskQueue queue;
    private final PipelineSettings settings;
    private final Map<TaskType, TaskHandler> handlers = new EnumMap<>(TaskType.class);
    private final TaskFence fence;
    private final Leases leases;
    private final ScratchDirs scratch;
    private final MeterRegistry metrics;

    TaskRunner(TaskRepository tasks, TaskQueue queue, PipelineSettings settings, List<TaskHandler> all, TaskFence fence,
               Leases leases, ScratchDirs scratch, MeterRegistry metrics) {
        this.tasks = tasks;
        this.queue = queue;
        this.settings = settings;
        this.fence = fence;
        this.leases = leases;
        this.scratch = scratch;
        this.metrics = metrics;
        for (TaskHandler h : all) {
            handlers.put(h.type(), h);
        }
        metrics.gauge("roughcut.queue.depth", queue, TaskQueue::depth);
        metrics.gauge("roughcut.tasks.running", leases, Leases::count);
    }

    /** Runs one delivered task, if it is still pending and can be claimed. */
    public void run(TaskRef delivered) {
        Task task = tasks.find(delivered.id()).orElse(null);
        if (task == null || task.state() != TaskState.PENDING) {
            return;
        }
        Claim claim = tasks.claim(task, settings.chunksPerJob(), settings.concurrentJobs(), settings.workerName()).orElse(null);
        if (claim == null) {
            Duration wait = Duration.between(JobRepository.now(), task.runAfter());
            logger.debug("{} {} not claimed ({})", task.type(), task.id(), wait.isPositive() ? "not due for " + wait
                    : "at a limit");
            if (wait.isPositive()) {
                queue.submit(TaskRef.of(task), wait);
            }
            // Otherwise a limit holds it back; a wake-up or the reconciler delivers it again.
            return;
        }
        logger.debug("{} claimed, try {}", claim, claim.task().attempts());
        TaskHandler handler = handlers.get(claim.task().type());
        TaskPolicy policy = TaskPolicy.of(claim.task().type(), settings);
        if (claim.task().attempts() > policy.attempts()) {
            // Its earlier tries each ended with their process gone (a reset stale task keeps its attempt).
            try {
                finish(claim, giveUp(handler, claim, new WorkInterruptedException(claim.task().attempts() - 1)));
            } catch (LeaseLostException e) {
                dropped(claim, e);
            }
            return;
        }
        try (var job = MDC.putCloseable("jobId", claim.jobId().toString());
             var id = MDC.putCloseable("taskId", claim.taskId().toString());
             var type = MDC.putCloseable("taskType", claim.task().type().name());
             var chunk = MDC.putCloseable("chunkIndex", claim.task().chunkIndex() == Task.NO_CHUNK ? null
                     : Integer.toString(claim.task().chunkIndex()))) {
            runClaimed(claim, handler, policy);
        }
    }

    private void runClaimed(Claim claim, TaskHandler handler, TaskPolicy policy) {
        Timer.Sample sample = Timer.start(metrics);
        Path dir = scratch.create(claim);
        List<Task> next = List.of();
        try (Lease lease = leases.hold(claim, policy.limit())) {
            try {
                TaskResult result = lease.run(() -> handler.run(claim, dir));
                lease.settle();
                next = commit(claim, result, () -> tasks.done(claim));
                metrics.counter("roughcut.tasks", "type", claim.task().type().name(), "outcome", "done").increment();
            } catch (LeaseLostException e) {
                dropped(claim, e);
            } catch (RuntimeException e) {
                lease.settle();
                if (lease.isLost()) {
                    dropped(claim, e);
                } else {
                    RuntimeException cause = lease.standing() == Lease.Standing.OVERTIME
                            ? new TaskOvertimeException(claim, policy.limit(), e) : e;
                    next = failed(handler, claim, policy, cause);
                }
            }
        } finally {
            scratch.delete(dir);
            sample.stop(metrics.timer("roughcut.stage.duration", "stage", claim.task().type().name()));
        }
        finish(claim, next);
    }

    private List<Task> failed(TaskHandler handler, Claim claim, TaskPolicy policy, RuntimeException e) {
        Task task = claim.task();
        String message = message(e);
        try {
            if (isOutage(e) && tasks.outages(task.id()) < settings.outageRetries()) {
                Duration delay = settings.outageRetryEvery();
                logger.warn("{} met an outage, trying again in {} without using up an attempt: {}", claim, delay, message);
                commit(claim, handler.retrying(claim, e), () -> tasks.retryAfterOutage(claim, message, delay));
                metrics.counter("roughcut.tasks", "type", task.type().name(), "outcome", "outage").increment();
                queue.submit(TaskRef.of(task), delay);
                return List.of();
            }
            if (handler.isRetryable(e) && task.attempts() < policy.attempts()) {
                Duration delay = policy.backoffAfter(task.attempts());
                logger.warn("{} try {} failed, retrying in {}: {}", claim, task.attempts(), delay, message);
                commit(claim, handler.retrying(claim, e), () -> tasks.retryLater(claim, message, delay));
                metrics.counter("roughcut.tasks", "type", task.type().name(), "outcome", "retried").increment();
                queue.submit(TaskRef.of(task), delay);
                return List.of();
            }
            logger.warn("{} failed for good: {}", claim, message, e);
            return giveUp(handler, claim, e);
        } catch (LeaseLostException lost) {
            dropped(claim, lost);
            return List.of();
        }
    }

    private List<Task> giveUp(TaskHandler handler, Claim claim, RuntimeException e) {
        metrics.counter("roughcut.tasks", "type", claim.task().type().name(), "outcome", "failed").increment();
        return commit(claim, handler.giveUp(claim, e), () -> tasks.fail(claim, message(e)));
    }

    /** The handler's writes and the task's own outcome in one fenced transaction; then the announcements. */
    private List<Task> commit(Claim claim, TaskResult result, Runnable outcome) {
        List<Task> created = fence.write(claim, () -> {
            List<Task> made = result.writes().get();
            outcome.run();
            return made;
        });
        result.announce().run();
        return created;
    }

    private void dropped(Claim claim, RuntimeException e) {
        logger.warn("{} lost its claim to another worker; what it did is not counted ({})", claim, message(e));
        metrics.counter("roughcut.tasks", "type", claim.task().type().name(), "outcome", "taken-over").increment();
    }

    /** Delivers what the task created, and the tasks it may have made room for. */
    private void finish(Claim claim, List<Task> next) {
        next.forEach(this::offer);
        tasks.listPending(claim.jobId()).forEach(this::offer);
        if (claim.task().type() != TaskType.ANALYZE_CHUNK) {
            // A job may have ended (or failed to start), so a waiting job may start now.
            tasks.listPending(TaskType.PREPARE).forEach(this::offer);
        }
    }

    /** Submits a pending task to be delivered when it is due. */
    void offer(Task task) {
        Duration wait = Duration.between(JobRepository.now(), task.runAfter());
        queue.submit(TaskRef.of(task), wait.isNegative() ? Duration.ZERO : wait);
    }

    /** The blob store or the database could not be reached: the task itself may be fine. */
    private static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BlobStoreUnavailableException || t instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
