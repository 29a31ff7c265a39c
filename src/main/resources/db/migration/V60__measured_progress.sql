-- How much of each chunk its analysis has measured so far, 0 to 1, so a job's percent follows the seconds of
-- media measured on every worker, and a one-chunk job moves smoothly instead of jumping at the end.
-- Portable SQL (H2 in PostgreSQL mode, PostgreSQL 15).
ALTER TABLE video_chunks ADD COLUMN measured DOUBLE PRECISION DEFAULT 0 NOT NULL;
