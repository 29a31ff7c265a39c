package io.roughcut.pipeline;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the queue agree with the database. At startup every task left PROCESSING belonged to a process that
 * died (embedded mode has one worker process), so it becomes PENDING again, and every pending task is
 * submitted. Later, every minute, tasks claimed longer ago than their policy's timeout are reset and
 * overdue pending tasks are submitted again, in case a delivery was lost.
 */
@Component
final class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final TaskRepository tasks;
    private final TaskQueue queue;
    private final TaskRunner runner;
    private final PipelineSettings settings;

    Reconciler(TaskRepository tasks, TaskQueue queue, TaskRunner runner, PipelineSettings settings) {
        this.tasks = tasks;
        this.queue = queue;
        this.runner = runner;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        queue.start(runner::run);
        int reset = tasks.resetStale(JobRepository.now().plusSeconds(1));
        List<Task> pending = tasks.listPending();
        if (reset > 0 || !pending.isEmpty()) {
            log.info("resuming work: {} interrupted task(s) reset, {} pending task(s) submitted", reset, pending.size());
        }
        pending.forEach(t -> queue.submit(t, Duration.ZERO));
    }

    @Scheduled(fixedDelayString = "${roughcut.pipeline.reconcile-every:60s}", initialDelayString = "${roughcut.pipeline.reconcile-every:60s}")
    void reconcile() {
        Duration longest = Duration.ZERO;
        for (TaskType type : TaskType.values()) {
            Duration t = TaskPolicy.of(type, settings).timeout();
            longest = t.compareTo(longest) > 0 ? t : longest;
        }
        tasks.resetStale(JobRepository.now().minus(longest));
        for (Task t : tasks.listPending()) {
            if (t.runAfter().isBefore(JobRepository.now().minusSeconds(30))) {
                queue.submit(t, Duration.ZERO);
            }
        }
    }
}
