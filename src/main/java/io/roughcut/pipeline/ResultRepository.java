package io.roughcut.pipeline;

import io.roughcut.cutlist.Decision;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code analysis_results} and {@code segment_decisions} tables: a job's cut list and what the person decided. */
@Component
public final class ResultRepository {

    private final JdbcClient jdbc;

    public ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the job's result, replacing an earlier one: aggregating twice leaves one result. */
    public void save(UUID jobId, String resultJson) {
        jdbc.sql("DELETE FROM analysis_results WHERE job_id = ?").param(jobId).update();
        jdbc.sql("INSERT INTO analysis_results (job_id, result_json, created_at) VALUES (?, ?, ?)")
                .params(jobId, resultJson, JobRepository.now()).update();
    }

    public Optional<String> find(UUID jobId) {
        return jdbc.sql("SELECT result_json FROM analysis_results WHERE job_id = ?").param(jobId)
                .query(String.class).optional();
    }

    public void decide(UUID jobId, String segmentId, Decision decision) {
        int updated = jdbc.sql("UPDATE segment_decisions SET decision = ?, updated_at = ? WHERE job_id = ? AND segment_id = ?")
                .params(decision.name(), JobRepository.now(), jobId, segmentId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO segment_decisions (job_id, segment_id, decision, updated_at) VALUES (?, ?, ?, ?)")
                    .params(jobId, segmentId, decision.name(), JobRepository.now()).update();
        }
    }

    /** Replaces every decision of the job with {@code decisions}, as a re-analysis carries them onto new cut ids. */
    public void replaceDecisions(UUID jobId, Map<String, Decision> decisions) {
        jdbc.sql("DELETE FROM segment_decisions WHERE job_id = ?").param(jobId).update();
        decisions.forEach((id, d) -> decide(jobId, id, d));
    }

    /** The person's decisions by segment id; a segment with none keeps the analyser's default. */
    public Map<String, Decision> decisions(UUID jobId) {
        return jdbc.sql("SELECT segment_id, decision FROM segment_decisions WHERE job_id = ?").param(jobId)
                .query((rs, i) -> Map.entry(rs.getString(1), Decision.valueOf(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
