-- The analyser an upload chose at creation, kept until its last byte makes it a job. Portable SQL (H2, PostgreSQL).
-- Uploads begun before this column existed get the deployment's default when they complete.
ALTER TABLE uploads ADD COLUMN analyzer VARCHAR(20);
