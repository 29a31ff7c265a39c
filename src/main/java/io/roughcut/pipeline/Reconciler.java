package io.roughcut.pipeline;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the queue agree with the database, in every process of a deployment at once (each step is a
 * conditional update, so they never conflict). At start-up it removes the scratch directories of claims that
 * died with this process and resets the tasks whose heartbeat stopped; tasks that other processes are
 * running are left alone. Then, every {@code reconcile-every}, it resets stale tasks again and offers every
 * pending task to the queue, which ignores those it already holds: a delivery that a queue lost, a task
 * held back by a limit whose wake-up was missed, and work whose process died all go on from there. An API
 * node reconciles too, but takes no work from the queue.
 */
@Component
final class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final TaskRepository tasks;
    private final TaskQueue queue;
    private final TaskRunner runner;
    private final ScratchDirs scratch;
    private final PipelineSettings settings;
    private final NodeRoles roles;

    Reconciler(TaskRepository tasks, TaskQueue queue, TaskRunner runner, ScratchDirs scratch, PipelineSettings settings,
               NodeRoles roles) {
        this.tasks = tasks;
        this.queue = queue;
        this.runner = runner;
        this.scratch = scratch;
        this.settings = settings;
        this.roles = roles;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStartup() {
        if (roles.runsTasks()) {
            scratch.deleteAbandoned(tasks.heldTokens());
            queue.start(runner::run);
        }
        int reset = tasks.resetStale(settings.visibilityTimeout());
        List<Task> pending = tasks.listPending();
        if (reset > 0 || !pending.isEmpty()) {
            log.info("resuming work: {} task(s) whose process stopped reset, {} pending task(s) offered", reset,
                    pending.size());
        }
        pending.forEach(runner::offer);
    }

    @Scheduled(fixedDelayString = "${roughcut.pipeline.reconcile-every:15s}",
            initialDelayString = "${roughcut.pipeline.reconcile-every:15s}")
    void reconcile() {
        int reset = tasks.resetStale(settings.visibilityTimeout());
        if (reset > 0) {
            log.info("{} task(s) had no heartbeat for {} s; their process is presumed dead and they run again", reset,
                    settings.visibilityTimeout().toSeconds());
        }
        tasks.listPending().forEach(runner::offer);
    }
}
