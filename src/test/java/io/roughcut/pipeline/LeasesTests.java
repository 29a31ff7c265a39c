package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the heartbeat makes of a claim: taken over when its row changed hands, never when its own task ended. */
class LeasesTests {

    private static final PipelineSettings SETTINGS = new PipelineSettings("local", 5, 1, 1, Duration.ofSeconds(2),
            Duration.ofMillis(100), Duration.ofSeconds(1), "leases", Duration.ofSeconds(1), 3);

    @Test
    void aClaimTakenOverIsLostAndAClaimWhoseTaskEndedIsNot() throws Exception {
        try (var db = TestDatabases.h2(); Leases leases = new Leases(new TaskRepository(db.jdbc(), db.transactions()), SETTINGS)) {
            TaskRepository tasks = new TaskRepository(db.jdbc(), db.transactions());
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            Claim ended = tasks.claim(tasks.create(job.id(), TaskType.PREPARE, Task.NO_CHUNK).orElseThrow(), 5, 5, "t")
                    .orElseThrow();
            Claim stolen = tasks.claim(tasks.create(job.id(), TaskType.AGGREGATE, Task.NO_CHUNK).orElseThrow(), 5, 5, "t")
                    .orElseThrow();
            try (Lease finishing = leases.hold(ended, Duration.ofHours(1));
                 Lease takenOver = leases.hold(stolen, Duration.ofHours(1))) {
                Thread.sleep(300);
                assertThat(finishing.standing()).isEqualTo(Lease.Standing.HELD);
                // The first task's work is over: its outcome is written while its lease is still open.
                finishing.settle();
                assertThat(tasks.done(ended)).isTrue();
                // The second one's row is reset and claimed by another process.
                db.jdbc().sql("UPDATE tasks SET claim_token = NULL, state = 'PENDING' WHERE id = ?").param(stolen.taskId())
                        .update();
                Thread.sleep(500);
                assertThat(finishing.standing()).as("a task that ended is not taken over").isEqualTo(Lease.Standing.HELD);
                assertThat(takenOver.standing()).isEqualTo(Lease.Standing.LOST);
            }
        }
    }

    @Test
    void aTaskRunningPastItsLimitIsStoppedAsOvertime() throws Exception {
        try (var db = TestDatabases.h2(); Leases leases = new Leases(new TaskRepository(db.jdbc(), db.transactions()), SETTINGS)) {
            TaskRepository tasks = new TaskRepository(db.jdbc(), db.transactions());
            Job job = RepositoryTests.job(db, RepositoryTests.session(db));
            Claim slow = tasks.claim(tasks.create(job.id(), TaskType.PREPARE, Task.NO_CHUNK).orElseThrow(), 5, 5, "t")
                    .orElseThrow();
            try (Lease lease = leases.hold(slow, Duration.ofMillis(200))) {
                Thread.sleep(600);
                assertThat(lease.standing()).isEqualTo(Lease.Standing.OVERTIME);
            }
        }
    }
}
