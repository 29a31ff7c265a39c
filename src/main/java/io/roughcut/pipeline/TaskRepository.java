package io.roughcut.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code tasks} table: the truth about pipeline work, shared by every process of a deployment. A claim is
 * a conditional update that writes a fresh token; every later write of the task's outcome is conditional on
 * that token, so a task delivered twice runs once and a claim that was taken over changes nothing. Times are
 * the database's clock ({@code CURRENT_TIMESTAMP}), so hosts whose clocks differ agree on what is stale.
 * Thread-safe.
 */
@Component
public final class TaskRepository {

    private static final String COLUMNS = "id, job_id, type, chunk_index, state, attempts, run_after, claimed_at, "
            + "claim_token, heartbeat_at, claimed_by, last_error";
    /** A number of milliseconds as an interval, in SQL that H2 and PostgreSQL both take. */
    private static final String MILLIS = "CAST(:millis AS BIGINT) * INTERVAL '0.001' SECOND";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public TaskRepository(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Creates a pending task, or returns empty when the job already has one of this type for this chunk, so
     * that "the last chunk enqueues aggregate" stays idempotent when two chunks finish together.
     */
    public Optional<Task> create(UUID jobId, TaskType type, int chunkIndex) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO tasks (id, job_id, type, chunk_index, state, attempts, run_after, created_at) "
                            + "VALUES (?, ?, ?, ?, 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .params(id, jobId, type.name(), chunkIndex).update();
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return find(id);
    }

    public Optional<Task> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE id = ?").param(id).query(TaskRepository::map).optional();
    }

    public List<Task> listForJob(UUID jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE job_id = ? ORDER BY type, chunk_index")
                .param(jobId).query(TaskRepository::map).list();
    }

    /** Drops a job's tasks of one type, for a prepare that reruns and replaces its chunks. */
    public void deleteForJob(UUID jobId, TaskType type) {
        jdbc.sql("DELETE FROM tasks WHERE job_id = ? AND type = ?").params(jobId, type.name()).update();
    }

    /**
     * Claims the task: present only for the one caller whose update moved it from PENDING to PROCESSING. An
     * analyse task is only claimed while fewer than {@code chunkLimit} chunks of its job run, and a prepare
     * task (which starts a job) only while fewer than {@code jobLimit} jobs are under way. The count and the
     * claim happen under a row lock (the job's row, or the one row of all jobs), so claimers in different
     * processes, whose own counts would each see room, are taken one at a time.
     */
    public Optional<Claim> claim(Task task, int chunkLimit, int jobLimit, String worker) {
        String limit = switch (task.type()) {
            case ANALYZE_CHUNK -> " AND (SELECT COUNT(*) FROM tasks r WHERE r.job_id = :job AND r.type = 'ANALYZE_CHUNK' "
                    + "AND r.state = 'PROCESSING') < :chunkLimit";
            // A job counts from the moment its prepare task is claimed, before the task marks it PREPARING.
            case PREPARE -> " AND (SELECT COUNT(*) FROM video_jobs j WHERE j.id <> :job "
                    + "AND (j.state IN ('PREPARING', 'ANALYZING', 'AGGREGATING') OR EXISTS (SELECT 1 FROM tasks p "
                    + "WHERE p.job_id = j.id AND p.type = 'PREPARE' AND p.state = 'PROCESSING'))) < :jobLimit";
            case AGGREGATE, RENDER -> "";
        };
        return transaction.execute(status -> {
            switch (task.type()) {
                case ANALYZE_CHUNK -> jdbc.sql("SELECT id FROM video_jobs WHERE id = ? FOR UPDATE").param(task.jobId())
                        .query(UUID.class).optional();
                case PREPARE -> jdbc.sql("SELECT name FROM pipeline_locks WHERE name = 'jobs' FOR UPDATE")
                        .query(String.class).single();
                case AGGREGATE, RENDER -> { }
            }
            UUID token = UUID.randomUUID();
            int claimed = jdbc.sql("UPDATE tasks SET state = 'PROCESSING', attempts = attempts + 1, claim_token = :token, "
                            + "claimed_at = CURRENT_TIMESTAMP, heartbeat_at = CURRENT_TIMESTAMP, claimed_by = :worker "
                            + "WHERE id = :id AND state = 'PENDING' AND run_after <= CURRENT_TIMESTAMP" + limit)
                    .param("token", token).param("worker", worker).param("id", task.id()).param("job", task.jobId())
                    .param("chunkLimit", chunkLimit).param("jobLimit", jobLimit).update();
            return claimed == 1 ? find(task.id()).map(t -> new Claim(t, token)) : Optional.<Claim>empty();
        });
    }

    /** Shows the claim is alive; false when its row no longer holds its token (it was taken over). */
    public boolean heartbeat(Claim claim) {
        return jdbc.sql("UPDATE tasks SET heartbeat_at = CURRENT_TIMESTAMP WHERE id = ? AND claim_token = ? "
                + "AND state = 'PROCESSING'").params(claim.taskId(), claim.token()).update() == 1;
    }

    /**
     * Locks the task's row if this claim still holds it; call inside a transaction, so that writes made after
     * it are committed only while the claim holds, and a takeover waits for them.
     */
    boolean lockIfHeld(Claim claim) {
        return jdbc.sql("SELECT id FROM tasks WHERE id = ? AND claim_token = ? AND state = 'PROCESSING' FOR UPDATE")
                .params(claim.taskId(), claim.token()).query(UUID.class).optional().isPresent();
    }

    public boolean done(Claim claim) {
        return jdbc.sql("UPDATE tasks SET state = 'DONE', last_error = NULL, heartbeat_at = NULL "
                + "WHERE id = ? AND claim_token = ?").params(claim.taskId(), claim.token()).update() == 1;
    }

    public boolean fail(Claim claim, String error) {
        return jdbc.sql("UPDATE tasks SET state = 'FAILED', last_error = ?, heartbeat_at = NULL "
                + "WHERE id = ? AND claim_token = ?").params(error, claim.taskId(), claim.token()).update() == 1;
    }

    /** Puts a failed try back to pending, to run again after {@code delay}; false when the claim was taken over. */
    public boolean retryLater(Claim claim, String error, Duration delay) {
        return jdbc.sql("UPDATE tasks SET state = 'PENDING', last_error = :error, run_after = CURRENT_TIMESTAMP + " + MILLIS
                        + ", claim_token = NULL, claimed_at = NULL, heartbeat_at = NULL WHERE id = :id AND claim_token = :token")
                .param("error", error).param("millis", delay.toMillis()).param("id", claim.taskId())
                .param("token", claim.token()).update() == 1;
    }

    /**
     * Puts a try that met an outage (the blob store or the database away) back to pending, giving its attempt
     * back: an outage says nothing about the task. How many times this happened is counted apart.
     */
    public boolean retryAfterOutage(Claim claim, String error, Duration delay) {
        return jdbc.sql("UPDATE tasks SET state = 'PENDING', last_error = :error, run_after = CURRENT_TIMESTAMP + " + MILLIS
                        + ", attempts = attempts - 1, outages = outages + 1, claim_token = NULL, claimed_at = NULL, "
                        + "heartbeat_at = NULL WHERE id = :id AND claim_token = :token")
                .param("error", error).param("millis", delay.toMillis()).param("id", claim.taskId())
                .param("token", claim.token()).update() == 1;
    }

    /** How many of the task's tries met an outage. */
    public int outages(UUID taskId) {
        return jdbc.sql("SELECT outages FROM tasks WHERE id = ?").param(taskId).query(Integer.class).optional().orElse(0);
    }

    /** Tasks waiting to run, oldest first: what a reconciler hands back to the queue. */
    public List<Task> listPending() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE state = 'PENDING' ORDER BY created_at, chunk_index")
                .query(TaskRepository::map).list();
    }

    /** The job's tasks waiting to run, for a wake-up when one of its tasks frees a place. */
    public List<Task> listPending(UUID jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE state = 'PENDING' AND job_id = ? ORDER BY created_at, chunk_index")
                .param(jobId).query(TaskRepository::map).list();
    }

    /** Tasks of one type waiting to run, oldest first: the jobs waiting for a place once a job ends. */
    public List<Task> listPending(TaskType type) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE state = 'PENDING' AND type = ? ORDER BY created_at")
                .param(type.name()).query(TaskRepository::map).list();
    }

    /** The tokens of every claim that holds a task now, in any process. */
    public List<UUID> heldTokens() {
        return jdbc.sql("SELECT claim_token FROM tasks WHERE state = 'PROCESSING' AND claim_token IS NOT NULL")
                .query(UUID.class).list();
    }

    /**
     * Makes pending again every task whose claim has shown no heartbeat for {@code visibilityTimeout}: its
     * process died or lost the database. Live claims, whatever their type and however long they run, are
     * left alone. The attempt a reset task used still counts, so a task that kills its worker every time
     * runs out of attempts.
     */
    public int resetStale(Duration visibilityTimeout) {
        return jdbc.sql("UPDATE tasks SET state = 'PENDING', claim_token = NULL, claimed_at = NULL, heartbeat_at = NULL, "
                        + "run_after = CURRENT_TIMESTAMP WHERE state = 'PROCESSING' "
                        + "AND (heartbeat_at IS NULL OR heartbeat_at < CURRENT_TIMESTAMP - " + MILLIS + ")")
                .param("millis", visibilityTimeout.toMillis()).update();
    }

    static Task map(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                TaskType.valueOf(rs.getString("type")), rs.getInt("chunk_index"),
                TaskState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getObject("run_after", OffsetDateTime.class), rs.getObject("claimed_at", OffsetDateTime.class),
                rs.getObject("claim_token", UUID.class), rs.getObject("heartbeat_at", OffsetDateTime.class),
                rs.getString("claimed_by"), rs.getString("last_error"));
    }
}
