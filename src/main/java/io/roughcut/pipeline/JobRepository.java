package io.roughcut.pipeline;

import io.roughcut.analysis.AnalysisOptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code video_jobs} table. Thread-safe. */
@Component
public final class JobRepository {

    private static final String COLUMNS = "id, session_id, share_token, state, progress, analyzer, file_name, file_size, "
            + "original_format, normalization, duration_seconds, blob_key, recording_key, source_info_json, recording_info_json, "
            + "noise_floor_db, speech_level_db, still_share, "
            + "error_message, created_at, started_at, completed_at, min_pause_seconds, margin_seconds, picture_checks";

    private final JdbcClient jdbc;

    public JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void insert(Job job) {
        jdbc.sql("INSERT INTO video_jobs (" + COLUMNS + ") VALUES (:id, :session, :share, :state, :progress, :analyzer, "
                        + ":fileName, :fileSize, :format, :normalization, :duration, :blobKey, :recordingKey, :sourceInfo, :recordingInfo, "
                        + ":noise, :speech, :still, "
                        + ":error, :created, :started, :completed, :minPause, :margin, :pictureChecks)")
                .param("id", job.id()).param("session", job.sessionId()).param("share", job.shareToken())
                .param("state", job.state().name()).param("progress", job.progress()).param("analyzer", job.analyzer())
                .param("fileName", job.fileName()).param("fileSize", job.fileSize())
                .param("format", job.originalFormat()).param("normalization", job.normalization())
                .param("duration", job.durationSeconds()).param("blobKey", job.blobKey())
                .param("recordingKey", job.recordingKey()).param("sourceInfo", job.sourceInfoJson())
                .param("recordingInfo", job.recordingInfoJson())
                .param("noise", job.noiseFloorDb()).param("speech", job.speechLevelDb()).param("still", job.stillShare())
                .param("error", job.errorMessage()).param("created", job.createdAt())
                .param("started", job.startedAt()).param("completed", job.completedAt())
                .param("minPause", job.options().minPauseSeconds()).param("margin", job.options().marginSeconds())
                .param("pictureChecks", job.options().pictureChecks().id())
                .update();
    }

    public Optional<Job> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM video_jobs WHERE id = ?").param(id).query(JobRepository::map).optional();
    }

    /** The job only if it belongs to {@code sessionId}: another session's job is indistinguishable from none. */
    public Optional<Job> findOwned(UUID id, UUID sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM video_jobs WHERE id = ? AND session_id = ?")
                .param(id).param(sessionId).query(JobRepository::map).optional();
    }

    public Optional<Job> findByShareToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM video_jobs WHERE share_token = ?").param(token)
                .query(JobRepository::map).optional();
    }

    public List<Job> listForSession(UUID sessionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM video_jobs WHERE session_id = ? ORDER BY created_at DESC")
                .param(sessionId).query(JobRepository::map).list();
    }

    public void updateState(UUID id, JobState state) {
        jdbc.sql("UPDATE video_jobs SET state = :state" + timeStamp(state) + " WHERE id = :id")
                .param("state", state.name()).param("now", now()).param("id", id).update();
    }

    /**
     * State and progress in one statement, so no reader sees a finished job short of 100 %. The percent never
     * goes back: a stage that runs again, or a late report from another worker, leaves the higher one.
     */
    public void updateState(UUID id, JobState state, int progress) {
        jdbc.sql("UPDATE video_jobs SET state = :state, progress = GREATEST(progress, :progress)" + timeStamp(state)
                        + " WHERE id = :id")
                .param("state", state.name()).param("progress", progress).param("now", now()).param("id", id)
                .update();
    }

    private static String timeStamp(JobState state) {
        return state == JobState.PREPARING ? ", started_at = COALESCE(started_at, :now)"
                : state.isFinished() ? ", completed_at = :now" : "";
    }

    public void fail(UUID id, String message) {
        jdbc.sql("UPDATE video_jobs SET state = 'FAILED', error_message = ?, completed_at = ? WHERE id = ?")
                .params(message, now(), id).update();
    }

    /** Moves the percent on; a lower one than the job has is ignored (see {@link #updateState}). */
    public void setProgress(UUID id, int progress) {
        jdbc.sql("UPDATE video_jobs SET progress = GREATEST(progress, ?) WHERE id = ?").params(progress, id).update();
    }

    /**
     * Records what preparing found: the original as probed, how it was normalised, the normalised recording's
     * key and description, its duration and sound profile.
     */
    public void setPrepared(UUID id, PreparedFacts prepared) {
        jdbc.sql("UPDATE video_jobs SET original_format = ?, normalization = ?, duration_seconds = ?, recording_key = ?, "
                        + "source_info_json = ?, recording_info_json = ?, noise_floor_db = ?, speech_level_db = ?, still_share = ? WHERE id = ?")
                .params(prepared.originalFormat(), prepared.normalization(), prepared.durationSeconds(),
                        prepared.recordingKey(), prepared.sourceInfoJson(), prepared.recordingInfoJson(),
                        prepared.noiseFloorDb(), prepared.speechLevelDb(), prepared.stillShare(), id)
                .update();
    }

    /**
     * Puts a finished job back to analysing with {@code options}, at {@code progress}; false when the job is
     * not finished with a result (it is under way, failed, or another request started it again just now).
     */
    boolean restartAnalysis(UUID id, AnalysisOptions options, int progress) {
        return jdbc.sql("UPDATE video_jobs SET state = 'ANALYZING', progress = :progress, completed_at = NULL, "
                        + "error_message = NULL, min_pause_seconds = :minPause, margin_seconds = :margin, "
                        + "picture_checks = :mode WHERE id = :id AND state IN ('COMPLETE', 'PARTIAL')")
                .param("progress", progress).param("minPause", options.minPauseSeconds())
                .param("margin", options.marginSeconds()).param("mode", options.pictureChecks().id()).param("id", id)
                .update() == 1;
    }

    /** Locks the job's row until the transaction ends, so that work on one job's chunks is counted one at a time. */
    void lock(UUID id) {
        jdbc.sql("SELECT id FROM video_jobs WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
    }

    public void setShareToken(UUID id, String token) {
        jdbc.sql("UPDATE video_jobs SET share_token = ? WHERE id = ?").params(token, id).update();
    }

    public void delete(UUID id) {
        jdbc.sql("DELETE FROM video_jobs WHERE id = ?").param(id).update();
    }

    static Job map(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getString("share_token"), JobState.valueOf(rs.getString("state")), rs.getInt("progress"),
                rs.getString("analyzer"), rs.getString("file_name"), rs.getLong("file_size"),
                rs.getString("original_format"), rs.getString("normalization"),
                rs.getObject("duration_seconds", Double.class), rs.getString("blob_key"), rs.getString("recording_key"),
                rs.getString("source_info_json"), rs.getString("recording_info_json"),
                rs.getObject("noise_floor_db", Double.class), rs.getObject("speech_level_db", Double.class),
                rs.getObject("still_share", Double.class), rs.getString("error_message"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("completed_at", OffsetDateTime.class),
                options(rs));
    }

    private static AnalysisOptions options(ResultSet rs) throws SQLException {
        return AnalysisChoice.stored(rs.getObject("min_pause_seconds", Double.class),
                rs.getObject("margin_seconds", Double.class), rs.getString("picture_checks"));
    }
}
