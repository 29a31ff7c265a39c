-- What the person chose for a job's analysis (shortest pause, margin, picture-checks mode), on the upload until its
-- last byte makes it a job, then on the job, so every worker that analyses a chunk uses the same settings and a
-- re-analysis can change them. Rows from before these columns have nulls and mean the defaults.
-- Portable SQL (H2 in PostgreSQL mode, PostgreSQL 15).
ALTER TABLE uploads ADD COLUMN min_pause_seconds DOUBLE PRECISION;
ALTER TABLE uploads ADD COLUMN margin_seconds DOUBLE PRECISION;
ALTER TABLE uploads ADD COLUMN picture_checks VARCHAR(10);
ALTER TABLE video_jobs ADD COLUMN min_pause_seconds DOUBLE PRECISION;
ALTER TABLE video_jobs ADD COLUMN margin_seconds DOUBLE PRECISION;
ALTER TABLE video_jobs ADD COLUMN picture_checks VARCHAR(10);
