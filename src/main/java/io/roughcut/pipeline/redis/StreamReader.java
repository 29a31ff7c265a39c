package io.roughcut.pipeline.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.roughcut.pipeline.TaskRef;
import io.roughcut.pipeline.TaskType;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one task type's stream for this process: a message at a time, only while one of its worker threads
 * is free, so a busy process leaves messages to the others. Every so often a free worker first takes over a
 * message a dead worker left ({@code XAUTOCLAIM}). Each message runs on a worker thread and is acknowledged
 * when the worker returns. Thread-safe.
 */
final class StreamReader {

    private static final Logger log = LoggerFactory.getLogger(StreamReader.class);

    private final RedisTaskQueue queue;
    private final TaskType type;
    private final Semaphore free;
    private final ExecutorService workers;
    private final java.util.function.Consumer<TaskRef> worker;
    private final Thread thread;

    StreamReader(RedisTaskQueue queue, TaskType type, int concurrency, java.util.function.Consumer<TaskRef> worker) {
        this.queue = queue;
        this.type = type;
        this.free = new Semaphore(Math.max(1, concurrency));
        this.worker = worker;
        this.workers = Executors.newFixedThreadPool(Math.max(1, concurrency),
                Thread.ofPlatform().name("roughcut-" + type.name().toLowerCase(java.util.Locale.ROOT) + "-", 0).daemon(true).factory());
        this.thread = Thread.ofPlatform().name("roughcut-read-" + type.name().toLowerCase(java.util.Locale.ROOT)).daemon(true)
                .unstarted(this::read);
    }

    TaskType type() {
        return type;
    }

    void start() {
        thread.start();
    }

    private void read() {
        StatefulRedisConnection<String, String> connection = null;
        long reclaimed = System.nanoTime();
        while (!queue.isStopped()) {
            try {
                free.acquire();
            } catch (InterruptedException e) {
                return;
            }
            boolean dispatched = false;
            try {
                if (connection == null) {
                    connection = queue.connect();
                }
                // A free worker first takes over what a dead one left, then waits for new messages.
                if (System.nanoTime() - reclaimed > queue.reclaimEvery().toNanos()) {
                    reclaimed = System.nanoTime();
                    StreamMessage<String, String> stale = queue.reclaim(connection.sync(), type);
                    if (stale != null) {
                        run(stale);
                        dispatched = true;
                        continue;
                    }
                }
                List<StreamMessage<String, String>> read = connection.sync().xreadgroup(
                        Consumer.from(RedisTaskQueue.GROUP, queue.consumer()),
                        XReadArgs.Builder.block(queue.blockFor()).count(1),
                        XReadArgs.StreamOffset.lastConsumed(RedisTaskQueue.stream(type)));
                if (!read.isEmpty()) {
                    run(read.getFirst());
                    dispatched = true;
                }
            } catch (RedisCommandExecutionException e) {
                if (String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                    log.warn("the Redis stream for {} is gone (was Redis flushed?); making it again", type);
                    queue.createGroup(type);
                } else {
                    pause(e);
                }
            } catch (RedisException e) {
                pause(e);
            } finally {
                if (!dispatched) {
                    free.release();
                }
            }
        }
        if (connection != null) {
            connection.close();
        }
    }

    private void run(StreamMessage<String, String> message) {
        queue.taken(type, message);
        TaskRef task = new TaskRef(UUID.fromString(message.getBody().get("task")), type);
        workers.execute(() -> {
            try {
                worker.accept(task);
            } catch (RuntimeException e) {
                log.warn("the worker failed on {} {}: {}", type, task.id(), e.toString());
            } finally {
                queue.acknowledge(type, message.getId());
                free.release();
            }
        });
    }

    private void pause(RedisException e) {
        if (queue.isStopped()) {
            return;
        }
        log.warn("reading the {} stream failed ({}); trying again in a second", type, e.getMessage());
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops reading; running tasks end on their own (their threads are never interrupted). */
    void stop() {
        workers.shutdown();
    }
}
