package io.roughcut.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A {@link TaskQueue} of bounded thread pools, one per task type, sized by {@link TaskPolicy}. */
public final class InProcessTaskQueue implements TaskQueue {

    private final Map<TaskType, ThreadPoolExecutor> pools = new EnumMap<>(TaskType.class);
    private final ScheduledExecutorService timer;
    private volatile Consumer<Task> worker;

    public InProcessTaskQueue(PipelineSettings settings) {
        for (TaskType type : TaskType.values()) {
            int threads = Math.max(1, TaskPolicy.of(type, settings).concurrency());
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), Thread.ofPlatform().name("roughcut-" + type.name().toLowerCase() + "-", 0)
                    .daemon(true).factory());
            pools.put(type, pool);
        }
        timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("roughcut-task-timer").daemon(true).factory());
    }

    @Override
    public void start(Consumer<Task> worker) {
        this.worker = worker;
    }

    @Override
    public void submit(Task task, Duration delay) {
        if (timer.isShutdown()) {
            return;
        }
        if (delay.isZero() || delay.isNegative()) {
            deliver(task);
        } else {
            timer.schedule(() -> deliver(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void deliver(Task task) {
        ExecutorService pool = pools.get(task.type());
        Consumer<Task> w = worker;
        if (w != null && !pool.isShutdown()) {
            pool.execute(() -> w.accept(task));
        }
    }

    @Override
    public int depth() {
        return pools.values().stream().mapToInt(p -> p.getQueue().size()).sum();
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        pools.values().forEach(ExecutorService::shutdownNow);
    }
}
