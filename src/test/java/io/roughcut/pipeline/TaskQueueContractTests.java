package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.roughcut.pipeline.redis.RedisLink;
import io.roughcut.pipeline.redis.RedisTaskQueue;
import io.roughcut.testing.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The delivery contract of {@link TaskQueue}, run against the in-process queue and the Redis Streams queue
 * (on a real redis-server of the test's own): delivery, one delivery in flight, acknowledgement, delayed
 * delivery, delivery again after a worker died, and recovery after the queue lost everything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueueContractTests {

    private static final Duration VISIBILITY = Duration.ofSeconds(2);
    private static final PipelineSettings SETTINGS = new PipelineSettings("local", 5, 1, 1, VISIBILITY,
            Duration.ofMillis(500), Duration.ofSeconds(1), "contract", Duration.ofSeconds(1), 3);

    private RedisServer redis;
    private final List<TaskQueue> queues = new ArrayList<>();
    private final List<RedisLink> links = new ArrayList<>();
    private final List<CountDownLatch> held = new ArrayList<>();

    /** One kind of queue: how to make one (sharing whatever the kind shares), and how it loses everything. */
    interface Kind {
        TaskQueue make();

        /** Redis is flushed; the in-process queue's process is gone. Returns the queue to go on with. */
        TaskQueue lose(TaskQueue queue);
    }

    @BeforeAll
    void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    void stopRedis() {
        redis.close();
    }

    @AfterEach
    void stopQueues() {
        held.forEach(CountDownLatch::countDown);
        queues.forEach(TaskQueue::stop);
        links.forEach(RedisLink::close);
        held.clear();
        queues.clear();
        links.clear();
        redis.flushAll();
    }

    Stream<Kind> kinds() {
        Kind inProcess = new Kind() {
            @Override
            public TaskQueue make() {
                return track(new InProcessTaskQueue(SETTINGS));
            }

            @Override
            public TaskQueue lose(TaskQueue queue) {
                queue.stop();
                return make();
            }

            @Override
            public String toString() {
                return "in-process";
            }
        };
        Kind streams = new Kind() {
            @Override
            public TaskQueue make() {
                RedisLink link = RedisLink.of(redis.url());
                links.add(link);
                return track(new RedisTaskQueue(link.client().orElseThrow(), SETTINGS));
            }

            @Override
            public TaskQueue lose(TaskQueue queue) {
                redis.flushAll();
                return queue;
            }

            @Override
            public String toString() {
                return "redis";
            }
        };
        return Stream.of(inProcess, streams);
    }

    private TaskQueue track(TaskQueue queue) {
        queues.add(queue);
        return queue;
    }

    private static TaskRef task() {
        return new TaskRef(UUID.randomUUID(), TaskType.ANALYZE_CHUNK);
    }

    /** A worker that records what it was given and returns at once. */
    private static Consumer<TaskRef> recording(List<TaskRef> seen) {
        return seen::add;
    }

    /** A worker that records what it was given and then blocks until the test ends, as a hung one would. */
    private Consumer<TaskRef> hanging(List<TaskRef> seen) {
        CountDownLatch never = new CountDownLatch(1);
        held.add(never);
        return t -> {
            seen.add(t);
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static void await(List<TaskRef> seen, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (seen.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(seen).as("deliveries within %s", limit).hasSizeGreaterThanOrEqualTo(count);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aSubmittedTaskIsDeliveredAndOnceAcknowledgedNotAgain(Kind kind) throws Exception {
        TaskQueue queue = kind.make();
        List<TaskRef> seen = new CopyOnWriteArrayList<>();
        queue.start(recording(seen));
        TaskRef task = task();
        queue.submit(task, Duration.ZERO);
        await(seen, 1, Duration.ofSeconds(5));
        // Well past the visibility timeout: an acknowledged delivery is never taken over and delivered again.
        Thread.sleep(VISIBILITY.multipliedBy(2).plusMillis(500).toMillis());
        assertThat(seen).containsExactly(task);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aTaskAlreadyWaitingIsNotQueuedAgain(Kind kind) throws Exception {
        TaskQueue queue = kind.make();
        List<TaskRef> seen = new CopyOnWriteArrayList<>();
        CountDownLatch busy = new CountDownLatch(1);
        held.add(busy);
        TaskRef first = task();
        queue.start(t -> {
            seen.add(t);
            if (t.equals(first)) {
                try {
                    busy.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        queue.submit(first, Duration.ZERO);
        await(seen, 1, Duration.ofSeconds(5));
        TaskRef waiting = task();
        for (int i = 0; i < 3; i++) {
            // What the wake-ups and the reconciler do while the only worker is busy.
            queue.submit(waiting, Duration.ZERO);
        }
        assertThat(queue.depth()).as("waiting").isEqualTo(1);
        busy.countDown();
        await(seen, 2, Duration.ofSeconds(5));
        Thread.sleep(1000);
        assertThat(seen).containsExactly(first, waiting);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aDelayedTaskWaitsForItsTime(Kind kind) throws Exception {
        TaskQueue queue = kind.make();
        List<TaskRef> seen = new CopyOnWriteArrayList<>();
        queue.start(recording(seen));
        long start = System.nanoTime();
        queue.submit(task(), Duration.ofMillis(1500));
        await(seen, 1, Duration.ofSeconds(6));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aDeliveryWhoseWorkerDiedIsDeliveredAgainOnceTheTaskIsOffered(Kind kind) throws Exception {
        TaskQueue dying = kind.make();
        List<TaskRef> first = new CopyOnWriteArrayList<>();
        dying.start(hanging(first));
        TaskRef task = task();
        dying.submit(task, Duration.ZERO);
        await(first, 1, Duration.ofSeconds(5));
        dying.stop();

        // Another process; its reconciler offers the task again once the database says it is pending.
        TaskQueue next = kind.make();
        List<TaskRef> again = new CopyOnWriteArrayList<>();
        next.start(recording(again));
        next.submit(task, Duration.ZERO);
        await(again, 1, VISIBILITY.multipliedBy(3));
        assertThat(again).contains(task);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void afterTheQueueLostEverythingTheTasksOfferedAgainAreDelivered(Kind kind) throws Exception {
        TaskQueue queue = kind.make();
        List<TaskRef> seen = new CopyOnWriteArrayList<>();
        CountDownLatch busy = new CountDownLatch(1);
        held.add(busy);
        TaskRef blocker = task();
        Consumer<TaskRef> worker = t -> {
            seen.add(t);
            if (t.equals(blocker)) {
                try {
                    busy.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        queue.start(worker);
        queue.submit(blocker, Duration.ZERO);
        await(seen, 1, Duration.ofSeconds(5));
        List<TaskRef> waiting = List.of(task(), task());
        waiting.forEach(t -> queue.submit(t, Duration.ZERO));

        TaskQueue after = kind.lose(queue);
        if (after != queue) {
            after.start(worker);
        }
        busy.countDown();
        // The reconciler offers what the database says is pending and no queue holds.
        waiting.forEach(t -> after.submit(t, Duration.ZERO));
        await(seen, 3, Duration.ofSeconds(10));
        assertThat(seen).containsAll(waiting);
    }

    @Test
    void redisTakesOverTheMessageOfADeadWorkerAfterTheVisibilityTimeoutOnItsOwn() throws Exception {
        Kind streams = kinds().filter(k -> k.toString().equals("redis")).findFirst().orElseThrow();
        TaskQueue dying = streams.make();
        List<TaskRef> first = new CopyOnWriteArrayList<>();
        dying.start(hanging(first));
        TaskRef task = task();
        dying.submit(task, Duration.ZERO);
        await(first, 1, Duration.ofSeconds(5));
        dying.stop();

        TaskQueue next = streams.make();
        List<TaskRef> again = new CopyOnWriteArrayList<>();
        long stopped = System.nanoTime();
        next.start(recording(again));
        // Nobody offers it again: XAUTOCLAIM alone brings it back, once it has been idle that long.
        await(again, 1, VISIBILITY.multipliedBy(4));
        assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isGreaterThanOrEqualTo(VISIBILITY.minusMillis(600));
        assertThat(again).containsExactly(task);
    }

    @Test
    void redisNeverTakesOverTheMessageOfALiveWorkerHoweverLongItRuns() throws Exception {
        Kind streams = kinds().filter(k -> k.toString().equals("redis")).findFirst().orElseThrow();
        TaskQueue slow = streams.make();
        List<TaskRef> first = new CopyOnWriteArrayList<>();
        slow.start(hanging(first));
        TaskRef task = task();
        slow.submit(task, Duration.ZERO);
        await(first, 1, Duration.ofSeconds(5));

        TaskQueue other = streams.make();
        List<TaskRef> stolen = new CopyOnWriteArrayList<>();
        other.start(recording(stolen));
        // The live worker touches its message at every heartbeat, so it never looks idle to the other.
        Thread.sleep(VISIBILITY.multipliedBy(3).toMillis());
        assertThat(stolen).isEmpty();
    }
}
