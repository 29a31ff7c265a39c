package io.roughcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** What a process-level test reads in a deployment's PostgreSQL tables about one job's tasks and chunks. */
record TaskTable(String jdbcUrl) {

    /** Waits until a chunk of the job is being analysed while others still wait; returns who analyses it. */
    String awaitChunkInFlight(String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<List<String>> running = rows("SELECT claimed_by, (SELECT COUNT(*) FROM tasks p WHERE p.job_id = t.job_id "
                    + "AND p.type = 'ANALYZE_CHUNK' AND p.state = 'PENDING') FROM tasks t WHERE t.job_id = ? "
                    + "AND t.type = 'ANALYZE_CHUNK' AND t.state = 'PROCESSING'", jobId);
            if (!running.isEmpty() && Integer.parseInt(running.getFirst().get(1)) >= 3) {
                return running.getFirst().get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never saw a chunk of job " + jobId + " in flight with others waiting");
    }

    /** The process that holds the job's task of this type, as soon as one is seen running it. */
    String awaitTaskInFlight(String jobId, TaskType type) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<List<String>> running = rows("SELECT claimed_by FROM tasks WHERE job_id = ? AND type = '" + type.name()
                    + "' AND state = 'PROCESSING'", jobId);
            if (!running.isEmpty()) {
                return running.getFirst().getFirst();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("never saw the " + type + " task of job " + jobId + " in flight");
    }

    /** How often the job's task of this type was claimed, a killed worker's claim included, and its state. */
    List<String> attemptsAndState(String jobId, TaskType type) throws Exception {
        return rows("SELECT attempts, state FROM tasks WHERE job_id = ? AND type = '" + type.name() + "'", jobId)
                .getFirst();
    }

    /** The processes that claimed the job's tasks. */
    Set<String> workers(String jobId) throws Exception {
        Set<String> names = new TreeSet<>();
        rows("SELECT DISTINCT claimed_by FROM tasks WHERE job_id = ? AND claimed_by IS NOT NULL", jobId)
                .forEach(r -> names.add(r.get(0)));
        return names;
    }

    /**
     * How often each chunk's analyse task was claimed (a killed worker's claim counts); every chunk must be
     * complete, and its task done.
     */
    Map<Integer, Integer> chunkAttempts(String jobId) throws Exception {
        Map<Integer, Integer> attempts = new HashMap<>();
        for (List<String> r : rows("SELECT c.chunk_index, t.attempts, c.state, t.state FROM video_chunks c JOIN tasks t "
                + "ON t.job_id = c.job_id AND t.type = 'ANALYZE_CHUNK' AND t.chunk_index = c.chunk_index WHERE c.job_id = ?",
                jobId)) {
            assertThat(r.get(2)).as("chunk " + r.get(0)).isEqualTo("COMPLETE");
            assertThat(r.get(3)).as("chunk " + r.get(0) + "'s task").isEqualTo("DONE");
            attempts.put(Integer.parseInt(r.get(0)), Integer.parseInt(r.get(1)));
        }
        return attempts;
    }

    private List<List<String>> rows(String sql, String jobId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            var q = c.prepareStatement(sql);
            q.setObject(1, UUID.fromString(jobId));
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
