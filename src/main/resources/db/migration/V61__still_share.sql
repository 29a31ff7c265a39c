-- How much of the recording's picture stays still, judged once at prepare from the frame sizes, so every
-- chunk of a talk over slides is judged as slides, and a short chunk holding a freeze is not.
ALTER TABLE video_jobs ADD COLUMN still_share DOUBLE PRECISION;
