package io.roughcut.pipeline.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.roughcut.pipeline.PipelineSettings;
import io.roughcut.pipeline.TaskPolicy;
import io.roughcut.pipeline.TaskQueue;
import io.roughcut.pipeline.TaskRef;
import io.roughcut.pipeline.TaskType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The distributed {@link TaskQueue}: one Redis stream per task type ({@code roughcut:tasks:analyze_chunk}),
 * read by one consumer group of every worker process with {@code XREADGROUP}. A message carries a task's id
 * and type only. It is acknowledged ({@code XACK}, then deleted) when the worker returns, after the task's
 * fenced outcome is in the database. A message whose worker died stays pending and is taken over with
 * {@code XAUTOCLAIM} once it has been idle for the visibility timeout; a live worker touches its messages
 * at every heartbeat, so a long task's message is never taken.
 *
 * <p>Ids that wait in a stream and have not been read are kept in the set {@code roughcut:queued}, added
 * in the same script as the message, so a task already waiting is never added twice. Delayed deliveries
 * are held by the submitting process until due: the database's {@code run_after} is the lasting record of
 * when a retry is due, and the reconciler offers it again if that process dies. A sorted set in Redis would
 * only be a second copy of {@code run_after}, lost with everything else if Redis is flushed. After
 * {@code FLUSHALL} the streams and group are made again and the reconciler submits what the database says
 * is pending. Thread-safe.
 */
public final class RedisTaskQueue implements TaskQueue {

    static final String GROUP = "workers";
    static final String QUEUED = "roughcut:queued";
    private static final Logger log = LoggerFactory.getLogger(RedisTaskQueue.class);
    // Adds the message only for an id that is not already waiting, in one step.
    private static final String SUBMIT = """
            if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
              redis.call('XADD', KEYS[2], '*', 'task', ARGV[1], 'type', ARGV[2])
              return 1
            end
            return 0""";

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> shared;
    private final PipelineSettings settings;
    private final String consumer;
    private final ScheduledExecutorService timer;
    private final Map<TaskType, StreamReader> readers = new EnumMap<>(TaskType.class);
    /** The messages this process's workers are running, by message id, for the heartbeat's touch. */
    private final Map<String, TaskType> running = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    public RedisTaskQueue(RedisClient client, PipelineSettings settings) {
        this.client = client;
        this.shared = client.connect();
        this.settings = settings;
        this.consumer = settings.workerName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("roughcut-redis-queue").daemon(true).factory());
        for (TaskType type : TaskType.values()) {
            createGroup(type);
        }
    }

    static String stream(TaskType type) {
        return "roughcut:tasks:" + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void start(java.util.function.Consumer<TaskRef> worker) {
        for (TaskType type : TaskType.values()) {
            StreamReader reader = new StreamReader(this, type, TaskPolicy.of(type, settings).concurrency(), worker);
            readers.put(type, reader);
            reader.start();
        }
        long touch = settings.heartbeatEvery().toMillis();
        timer.scheduleWithFixedDelay(this::touch, touch, touch, TimeUnit.MILLISECONDS);
    }

    @Override
    public void submit(TaskRef task, Duration delay) {
        if (stopped) {
            return;
        }
        if (delay.isPositive()) {
            timer.schedule(() -> add(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            add(task);
        }
    }

    private void add(TaskRef task) {
        try {
            Long added = shared.sync().eval(SUBMIT, ScriptOutputType.INTEGER, new String[] {QUEUED, stream(task.type())},
                    task.id().toString(), task.type().name());
            log.debug("{} {} {}", task.type(), task.id(), added != null && added == 1 ? "queued" : "already waiting");
        } catch (RedisException e) {
            // The database still says the task is pending; the reconciler submits it again.
            log.warn("could not queue {} {} in Redis ({}); the reconciler will offer it again", task.type(), task.id(),
                    e.getMessage());
        }
    }

    @Override
    public int depth() {
        try {
            return shared.sync().scard(QUEUED).intValue();
        } catch (RedisException e) {
            return -1;
        }
    }

    @Override
    public void stop() {
        stopped = true;
        timer.shutdownNow();
        readers.values().forEach(StreamReader::stop);
        shared.close();
    }

    /** A dedicated connection for one reader's blocking reads, which would hold up everyone else's commands. */
    StatefulRedisConnection<String, String> connect() {
        return client.connect();
    }

    boolean isStopped() {
        return stopped;
    }

    String consumer() {
        return consumer;
    }

    Duration blockFor() {
        return Duration.ofSeconds(2);
    }

    /** A message read from a stream: the worker may take it now, so it no longer counts as waiting. */
    void taken(TaskType type, StreamMessage<String, String> message) {
        running.put(message.getId(), type);
        try {
            shared.sync().srem(QUEUED, message.getBody().get("task"));
        } catch (RedisException e) {
            log.debug("could not mark {} as taken: {}", message.getId(), e.toString());
        }
    }

    /** The worker returned: its outcome is written, so the message is acknowledged and deleted. */
    void acknowledge(TaskType type, String messageId) {
        running.remove(messageId);
        try {
            RedisCommands<String, String> redis = shared.sync();
            redis.xack(stream(type), GROUP, messageId);
            redis.xdel(stream(type), messageId);
        } catch (RedisException e) {
            // Left pending, it is taken over after the visibility timeout; the claim makes that harmless.
            log.warn("could not acknowledge {} ({}); it will be delivered again and found done", messageId, e.getMessage());
        }
    }

    /** Makes the stream and its group, as at the first start or after Redis lost everything. */
    void createGroup(TaskType type) {
        try {
            shared.sync().xgroupCreate(XReadArgs.StreamOffset.from(stream(type), "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException exists) {
            // Made by another process, or by us before.
        } catch (RedisException e) {
            log.warn("could not create the Redis stream {} ({}); will try again", stream(type), e.getMessage());
        }
    }

    /**
     * A message of the type whose worker has shown no sign of life for the visibility timeout, now taken over
     * by this process, or null when there is none.
     */
    StreamMessage<String, String> reclaim(RedisCommands<String, String> redis, TaskType type) {
        List<StreamMessage<String, String>> stale = redis.xautoclaim(stream(type),
                XAutoClaimArgs.Builder.<String>xautoclaim(Consumer.from(GROUP, consumer), settings.visibilityTimeout(), "0-0")
                        .count(1)).getMessages();
        if (stale.isEmpty()) {
            return null;
        }
        log.info("taking over {} {}, whose worker went quiet", type, stale.getFirst().getBody().get("task"));
        return stale.getFirst();
    }

    /** How often a reader looks for messages to take over. */
    Duration reclaimEvery() {
        return Duration.ofMillis(Math.max(250, settings.visibilityTimeout().toMillis() / 4));
    }

    /** Resets the idle time of the messages this process is running, so that no one takes them over. */
    private void touch() {
        for (Map.Entry<String, TaskType> m : running.entrySet()) {
            try {
                shared.sync().xclaim(stream(m.getValue()), Consumer.from(GROUP, consumer),
                        XClaimArgs.Builder.justid(), m.getKey());
            } catch (RedisException e) {
                log.debug("could not touch {}: {}", m.getKey(), e.toString());
            }
        }
    }
}
