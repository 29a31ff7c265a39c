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

/**
 * The {@code tasks} table: the truth about pipeline work. A task is claimed with a conditional update, so a
 * task delivered twice runs once. Thread-safe.
 */
@Component
public final class TaskRepository {

    private static final String COLUMNS = "id, job_id, type, chunk_index, state, attempts, run_after, claimed_at, last_error";

    private final JdbcClient jdbc;

    public TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates a pending task, or returns empty when the job already has one of this type for this chunk, so
     * that "the last chunk enqueues aggregate" stays idempotent when two chunks finish together.
     */
    public Optional<Task> create(UUID jobId, TaskType type, int chunkIndex) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = JobRepository.now();
        try {
            jdbc.sql("INSERT INTO tasks (id, job_id, type, chunk_index, state, attempts, run_after, created_at) "
                            + "VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                    .params(id, jobId, type.name(), chunkIndex, now, now).update();
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
     * Claims the task for this worker: true only for the one caller whose update moved it from PENDING to
     * PROCESSING. An analyse task is only claimed while fewer than {@code chunkLimit} chunks of its job run.
     */
    public boolean claim(Task task, int chunkLimit) {
        String limit = task.type() == TaskType.ANALYZE_CHUNK
                ? " AND (SELECT COUNT(*) FROM tasks r WHERE r.job_id = :job AND r.type = 'ANALYZE_CHUNK' "
                + "AND r.state = 'PROCESSING') < :limit"
                : "";
        return jdbc.sql("UPDATE tasks SET state = 'PROCESSING', attempts = attempts + 1, claimed_at = :now "
                        + "WHERE id = :id AND state = 'PENDING' AND run_after <= :now" + limit)
                .param("now", JobRepository.now()).param("id", task.id()).param("job", task.jobId())
                .param("limit", chunkLimit).update() == 1;
    }

    public void done(UUID id) {
        jdbc.sql("UPDATE tasks SET state = 'DONE', last_error = NULL WHERE id = ?").param(id).update();
    }

    public void fail(UUID id, String error) {
        jdbc.sql("UPDATE tasks SET state = 'FAILED', last_error = ? WHERE id = ?").params(error, id).update();
    }

    /** Puts a failed try back to pending, to run again after {@code delay}. */
    public void retryLater(UUID id, String error, Duration delay) {
        jdbc.sql("UPDATE tasks SET state = 'PENDING', last_error = ?, run_after = ?, claimed_at = NULL WHERE id = ?")
                .params(error, JobRepository.now().plus(delay), id).update();
    }

    /** Tasks waiting to run, oldest first: what a reconciler hands back to the queue. */
    public List<Task> listPending() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tasks WHERE state = 'PENDING' ORDER BY created_at")
                .query(TaskRepository::map).list();
    }

    /**
     * Makes tasks claimed before {@code claimedBefore} pending again: their worker died. The attempt they
     * used still counts, so a task that kills its worker every time eventually fails.
     */
    public int resetStale(OffsetDateTime claimedBefore) {
        return jdbc.sql("UPDATE tasks SET state = 'PENDING', claimed_at = NULL, run_after = ? "
                        + "WHERE state = 'PROCESSING' AND claimed_at < ?")
                .params(JobRepository.now(), claimedBefore).update();
    }

    static Task map(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                TaskType.valueOf(rs.getString("type")), rs.getInt("chunk_index"),
                TaskState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getObject("run_after", OffsetDateTime.class), rs.getObject("claimed_at", OffsetDateTime.class),
                rs.getString("last_error"));
    }
}
