package io.roughcut.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link TaskQueue} of bounded thread pools in this process, one per task type, sized by {@link TaskPolicy}.
 * A task counts as waiting from its submission until a worker thread takes it, so a wake-up that arrives
 * while a worker is trying to claim it queues one more try rather than being lost.
 */
public final class InProcessTaskQueue implements TaskQueue {

    private final Map<TaskType, ThreadPoolExecutor> pools = new EnumMap<>(TaskType.class);
    private final ScheduledExecutorService timer;
    private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
    private volatile Consumer<TaskRef> worker;

    public InProcessTaskQueue(PipelineSettings settings) {
        for (TaskType type : TaskType.values()) {
            int threads = Math.max(1, TaskPolicy.of(type, settings).concurrency());
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), Thread.ofPlatform().name("roughcut-" + type.name().toLowerCase() + "-", 0)
                    .daemon(true).factory());
            pools.put(type, pool);
        }
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("roughcut-task-timer").daemon(true).factory());
    }

    @Override
    public void start(Consumer<TaskRef> worker) {
        this.worker = worker;
    }

    @Override
    public void submit(TaskRef task, Duration delay) {
        if (timer.isShutdown() || !waiting.add(task.id())) {
            return;
        }
        try {
            if (delay.isZero() || delay.isNegative()) {
                deliver(task);
            } else {
                timer.schedule(() -> deliver(task), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException stopping) {
            waiting.remove(task.id());
        }
    }

    private void deliver(TaskRef task) {
        ExecutorService pool = pools.get(task.type());
        Consumer<TaskRef> w = worker;
        if (w == null || pool.isShutdown()) {
            waiting.remove(task.id());
            return;
        }
        try {
            pool.execute(() -> {
                waiting.remove(task.id());
                w.accept(task);
            });
        } catch (RejectedExecutionException stopping) {
            waiting.remove(task.id());
        }
    }

    @Override
    public int depth() {
        return waiting.size();
    }

    /**
     * Stops taking work and lets running tasks end for a few seconds; their threads are never interrupted
     * (an interrupt during file I/O closes the channel, the embedded database's among them). What is still
     * running when the process exits is taken over by the next process once its lease expires.
     */
    @Override
    public void stop() {
        timer.shutdownNow();
        pools.values().forEach(ExecutorService::shutdown);
        for (ThreadPoolExecutor pool : pools.values()) {
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
