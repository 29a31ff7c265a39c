package io.roughcut.review;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.SegmentSource;
import io.roughcut.cutlist.CutEdit;
import io.roughcut.cutlist.TimeRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code cut_edits} table: the reviewer's edits to a job's cuts, one row per cut. Thread-safe. */
@Component
public final class CutEditRepository {

    private final JdbcClient jdbc;

    public CutEditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The job's edits, in no particular order. */
    public List<CutEdit> edits(UUID jobId) {
        return jdbc.sql("SELECT cut_id, start_seconds, end_seconds, removed, category, reason, confidence, source "
                        + "FROM cut_edits WHERE job_id = ?")
                .param(jobId).query(CutEditRepository::map).list();
    }

    /** Stores the edit, replacing the cut's earlier one. Run inside the caller's transaction. */
    public void save(UUID jobId, CutEdit edit) {
        CutEdit.AddedCut added = edit.added();
        var columns = new LinkedHashMap<String, Object>();
        columns.put("job", jobId);
        columns.put("cut", edit.cutId());
        columns.put("start", edit.range().start());
        columns.put("end", edit.range().end());
        columns.put("removed", edit.removed());
        columns.put("category", added == null ? null : added.category().id());
        columns.put("reason", added == null ? null : added.reason());
        columns.put("confidence", added == null ? null : added.confidence());
        columns.put("source", added == null ? null : added.source().id());
        columns.put("at", now());
        int updated = jdbc.sql("UPDATE cut_edits SET start_seconds = :start, end_seconds = :end, removed = :removed, "
                        + "category = :category, reason = :reason, confidence = :confidence, source = :source, "
                        + "updated_at = :at WHERE job_id = :job AND cut_id = :cut")
                .params(columns).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO cut_edits (job_id, cut_id, start_seconds, end_seconds, removed, category, reason, "
                            + "confidence, source, updated_at) VALUES (:job, :cut, :start, :end, :removed, :category, "
                            + ":reason, :confidence, :source, :at)")
                    .params(columns).update();
        }
    }

    /** Forgets the cut's edit: a cut the analysis found is as it found it again; a cut of the reviewer's is gone. */
    public void delete(UUID jobId, String cutId) {
        jdbc.sql("DELETE FROM cut_edits WHERE job_id = ? AND cut_id = ?").params(jobId, cutId).update();
    }

    /** Forgets every edit of the job's cuts, before the edits carried onto a new analysis are saved. */
    public void deleteAll(UUID jobId) {
        jdbc.sql("DELETE FROM cut_edits WHERE job_id = ?").param(jobId).update();
    }

    private static CutEdit map(ResultSet rs, int row) throws SQLException {
        String category = rs.getString("category");
        CutEdit.AddedCut added = category == null ? null : new CutEdit.AddedCut(
                Category.fromId(category).orElseThrow(() -> new SQLException("unknown category " + category)),
                rs.getString("reason"), rs.getDouble("confidence"), source(rs.getString("source")));
        return new CutEdit(rs.getString("cut_id"), new TimeRange(rs.getDouble("start_seconds"), rs.getDouble("end_seconds")),
                rs.getBoolean("removed"), added);
    }

    private static SegmentSource source(String id) throws SQLException {
        for (SegmentSource s : SegmentSource.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new SQLException("unknown segment source " + id);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
