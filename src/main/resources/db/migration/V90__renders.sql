-- The rendered cut video of each job: one row, for the review as it was when the render was asked for. The kept
-- ranges are stored so the render task makes exactly what was asked, whatever the reviewer does meanwhile; their
-- hash names the blob (jobs/{jobId}/render/{hash}.mp4), so a rerun overwrites it and a changed review renders
-- again. Portable SQL (H2 in PostgreSQL mode, PostgreSQL 15).
CREATE TABLE job_renders (
    job_id           UUID PRIMARY KEY REFERENCES video_jobs (id) ON DELETE CASCADE,
    kept_hash        VARCHAR(64) NOT NULL,
    kept_json        TEXT NOT NULL,
    blob_key         VARCHAR(300) NOT NULL,
    state            VARCHAR(20) NOT NULL,
    progress         INTEGER DEFAULT 0 NOT NULL,
    size_bytes       BIGINT,
    duration_seconds DOUBLE PRECISION,
    error_message    TEXT,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);
