package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claims as several processes see them, on both databases: fenced by their token, kept alive by heartbeats,
 * reset only when stale, and limited in the database so that claimers on separate connections, racing for
 * the same job, never run more than the limit at once.
 */
class TaskClaimTests {

    static Stream<Supplier<TestDatabases.Db>> databases() {
        return Stream.of(TestDatabases::h2, TestDatabases::postgres);
    }

    private static TaskRepository tasks(TestDatabases.Db db) {
        return new TaskRepository(db.jdbc(), db.transactions());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTaskDeliveredTwiceIsClaimedOnce(Supplier<TestDatabases.Db> database) {
        try (var db = database.get()) {
            TaskRepository tasks = tasks(db);
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            Task prepare = tasks.create(job.id(), TaskType.PREPARE, Task.NO_CHUNK).orElseThrow();
            assertThat(tasks.create(job.id(), TaskType.PREPARE, Task.NO_CHUNK)).isEmpty();
            Claim claim = tasks.claim(prepare, 5, 2, "test").orElseThrow();
            assertThat(tasks.claim(prepare, 5, 2, "test")).isEmpty();
            Task claimed = tasks.find(prepare.id()).orElseThrow();
            assertThat(claimed.attempts()).isEqualTo(1);
            assertThat(claimed.claimToken()).isEqualTo(claim.token());
            assertThat(claimed.heartbeatAt()).isNotNull();
            assertThat(claimed.claimedBy()).isEqualTo("test");
            assertThat(tasks.done(claim)).isTrue();
            assertThat(tasks.find(prepare.id()).orElseThrow().state()).isEqualTo(TaskState.DONE);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClaimWhoseLeaseWasTakenOverCanNoLongerWriteAnything(Supplier<TestDatabases.Db> database) throws Exception {
        try (var db = database.get()) {
            TaskRepository tasks = tasks(db);
            TaskFence fence = new TaskFence(tasks, db.transactions());
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            Task task = tasks.create(job.id(), TaskType.AGGREGATE, Task.NO_CHUNK).orElseThrow();
            Claim first = tasks.claim(task, 5, 2, "test").orElseThrow();
            Thread.sleep(50);
            // The first claimer's heartbeats stopped (it hung, or lost the database): another process takes over.
            assertThat(tasks.resetStale(Duration.ofMillis(20))).isEqualTo(1);
            Claim second = tasks.claim(task, 5, 2, "test").orElseThrow();
            assertThat(second.token()).isNotEqualTo(first.token());

            assertThat(tasks.heartbeat(first)).isFalse();
            assertThat(tasks.done(first)).isFalse();
            assertThat(tasks.fail(first, "late")).isFalse();
            assertThat(tasks.retryLater(first, "late", Duration.ZERO)).isFalse();
            AtomicInteger written = new AtomicInteger();
            assertThatThrownBy(() -> fence.run(first, written::incrementAndGet)).isInstanceOf(LeaseLostException.class);
            assertThat(written).as("the fenced writes never ran").hasValue(0);

            assertThat(tasks.heartbeat(second)).isTrue();
            fence.run(second, written::incrementAndGet);
            assertThat(written).hasValue(1);
            assertThat(tasks.done(second)).isTrue();
            Task end = tasks.find(task.id()).orElseThrow();
            assertThat(end.state()).isEqualTo(TaskState.DONE);
            assertThat(end.attempts()).as("both tries count").isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aHeartbeatKeepsALongTaskOwnedAndOnlyAStaleOneIsReset(Supplier<TestDatabases.Db> database) throws Exception {
        try (var db = database.get()) {
            TaskRepository tasks = tasks(db);
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            Task prepare = tasks.create(job.id(), TaskType.PREPARE, Task.NO_CHUNK).orElseThrow();
            Claim live = tasks.claim(prepare, 5, 5, "test").orElseThrow();
            Task aggregate = tasks.create(job.id(), TaskType.AGGREGATE, Task.NO_CHUNK).orElseThrow();
            Claim dead = tasks.claim(aggregate, 5, 5, "test").orElseThrow();
            for (int i = 0; i < 4; i++) {
                Thread.sleep(100);
                assertThat(tasks.heartbeat(live)).isTrue();
            }
            // Claimed 400 ms ago, longer than the timeout, but its heartbeat is fresh: it is left alone.
            assertThat(tasks.resetStale(Duration.ofMillis(250))).isEqualTo(1);
            assertThat(tasks.find(live.taskId()).orElseThrow().state()).isEqualTo(TaskState.PROCESSING);
            assertThat(tasks.find(dead.taskId()).orElseThrow().state()).isEqualTo(TaskState.PENDING);
            assertThat(tasks.heldTokens()).containsExactly(live.token());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRetryWaitsForItsTimeAndKeepsItsAttempts(Supplier<TestDatabases.Db> database) throws Exception {
        try (var db = database.get()) {
            TaskRepository tasks = tasks(db);
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            Task task = tasks.create(job.id(), TaskType.ANALYZE_CHUNK, 0).orElseThrow();
            Claim claim = tasks.claim(task, 5, 5, "test").orElseThrow();
            assertThat(tasks.retryLater(claim, "boom", Duration.ofMillis(300))).isTrue();
            assertThat(tasks.claim(task, 5, 5, "test")).as("not before its run_after").isEmpty();
            Thread.sleep(400);
            Claim again = tasks.claim(task, 5, 5, "test").orElseThrow();
            assertThat(again.task().attempts()).isEqualTo(2);
            assertThat(again.task().lastError()).isEqualTo("boom");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTryThatMetAnOutageGivesItsAttemptBack(Supplier<TestDatabases.Db> database) throws Exception {
        try (var db = database.get()) {
            TaskRepository tasks = tasks(db);
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            Task task = tasks.create(job.id(), TaskType.ANALYZE_CHUNK, 0).orElseThrow();
            Claim claim = tasks.claim(task, 5, 5, "test").orElseThrow();
            assertThat(tasks.retryAfterOutage(claim, "the bucket is away", Duration.ZERO)).isTrue();
            assertThat(tasks.outages(task.id())).isEqualTo(1);
            Claim again = tasks.claim(task, 5, 5, "test").orElseThrow();
            assertThat(again.task().attempts()).as("the outage's try does not count").isEqualTo(1);
            assertThat(tasks.retryAfterOutage(claim, "late", Duration.ZERO)).as("fenced like the rest").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void claimersRacingOnSeparateConnectionsNeverRunMoreOfAJobsChunksThanTheLimit(Supplier<TestDatabases.Db> database)
            throws Exception {
        try (var db = database.get()) {
            TaskRepository setup = tasks(db);
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            int claimers = 8;
            int rounds = 12;
            List<Task> all = IntStream.range(0, claimers * rounds)
                    .mapToObj(i -> setup.create(job.id(), TaskType.ANALYZE_CHUNK, i).orElseThrow()).toList();
            List<Integer> claimedPerRound = race(db, claimers, rounds, (claimer, round) -> all.get(round * claimers + claimer),
                    (tasks, task) -> tasks.claim(task, 3, 100, "test"));
            assertThat(claimedPerRound).as("chunks of the job claimed in each round of %d claimers", claimers)
                    .hasSize(rounds).containsOnly(3);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void claimersRacingForNewJobsNeverStartMoreThanTheLimit(Supplier<TestDatabases.Db> database) throws Exception {
        try (var db = database.get()) {
            TaskRepository setup = tasks(db);
            UUID session = RepositoryTests.session(db);
            int claimers = 8;
            int rounds = 8;
            List<Task> prepares = new ArrayList<>();
            for (int i = 0; i < claimers * rounds; i++) {
                prepares.add(setup.create(RepositoryTests.job(db, session).id(), TaskType.PREPARE, Task.NO_CHUNK).orElseThrow());
            }
            List<Integer> claimedPerRound = race(db, claimers, rounds, (claimer, round) -> prepares.get(round * claimers + claimer),
                    (tasks, task) -> tasks.claim(task, 100, 2, "test"));
            assertThat(claimedPerRound).as("jobs started in each round of %d claimers", claimers)
                    .hasSize(rounds).containsOnly(2);
        }
    }

    /** Which task a claimer tries in a round. */
    private interface Pick {
        Task task(int claimer, int round);
    }

    /** One claim attempt with a claimer's own repository. */
    private interface Attempt {
        Optional<Claim> claim(TaskRepository tasks, Task task);
    }

    /**
     * Rounds of claimers that each try a different task at the same instant, each on its own connections as
     * separate processes would be; between rounds every claim made is finished. Returns how many claims
     * succeeded in each round.
     */
    private static List<Integer> race(TestDatabases.Db db, int claimers, int rounds, Pick pick, Attempt attempt)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(claimers);
        java.util.concurrent.CyclicBarrier counted = new java.util.concurrent.CyclicBarrier(claimers);
        List<AtomicInteger> perRound = IntStream.range(0, rounds).mapToObj(i -> new AtomicInteger()).toList();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < claimers; c++) {
                int claimer = c;
                futures.add(pool.submit(() -> {
                    TaskRepository tasks = new TaskRepository(db.jdbc(), db.transactions());
                    for (int round = 0; round < rounds; round++) {
                        go.await();
                        Optional<Claim> claim = attempt.claim(tasks, pick.task(claimer, round));
                        if (claim.isPresent()) {
                            perRound.get(round).incrementAndGet();
                        }
                        counted.await();
                        if (claim.isPresent()) {
                            assertThat(tasks.done(claim.get())).isTrue();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return perRound.stream().map(AtomicInteger::get).toList();
    }
}
