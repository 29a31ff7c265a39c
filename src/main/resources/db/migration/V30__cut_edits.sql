-- The reviewer's edits to a job's cut list: a cut the analysis found with its edges moved, or removed (merged
-- into another), or a cut of the reviewer's own. Decisions stay in segment_decisions, by the same cut ids.
-- Portable SQL (H2 in PostgreSQL mode, PostgreSQL 15).
CREATE TABLE cut_edits (
    job_id        UUID NOT NULL REFERENCES video_jobs (id) ON DELETE CASCADE,
    cut_id        VARCHAR(40) NOT NULL,
    start_seconds DOUBLE PRECISION NOT NULL,
    end_seconds   DOUBLE PRECISION NOT NULL,
    removed       BOOLEAN NOT NULL,
    -- The reviewer's own cuts only; all null for an edit to a cut the analysis found.
    category      VARCHAR(20),
    reason        TEXT,
    confidence    DOUBLE PRECISION,
    source        VARCHAR(20),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, cut_id)
);
