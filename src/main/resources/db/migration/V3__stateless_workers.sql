-- Every task runs on any host from rows and blob keys alone (portable SQL: H2 in PostgreSQL mode and PostgreSQL 15).

-- Claims are fenced by a token written by each claim, and kept alive by a heartbeat. A task whose heartbeat is
-- older than the visibility timeout belongs to a process that died, whatever its type.
-- claimed_by names the process (host/pid) for people reading the table; nothing depends on it.
ALTER TABLE tasks ADD COLUMN claim_token UUID;
ALTER TABLE tasks ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tasks ADD COLUMN claimed_by VARCHAR(200);
-- Tries that met an outage (the blob store or the database away) give their attempt back; they are counted here.
ALTER TABLE tasks ADD COLUMN outages INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX idx_tasks_job_state ON tasks (job_id, state);

-- One row per limit that spans jobs; a claim that counts against it locks the row, so two processes never both
-- see room for one more.
CREATE TABLE pipeline_locks (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO pipeline_locks (name) VALUES ('jobs');

-- What prepare learned, as JSON, so that no later task probes a file again; the normalised recording and the
-- chunks are blobs under fixed keys. No row holds a local path any more.
ALTER TABLE video_jobs ADD COLUMN source_info_json TEXT;
ALTER TABLE video_jobs ADD COLUMN recording_info_json TEXT;
ALTER TABLE video_jobs ADD COLUMN recording_key VARCHAR(300);
ALTER TABLE video_jobs DROP COLUMN work_dir;
ALTER TABLE video_jobs DROP COLUMN normalized_file;

ALTER TABLE video_chunks ADD COLUMN blob_key VARCHAR(300);
ALTER TABLE video_chunks DROP COLUMN file_name;

-- Jobs under way when this ran have their chunks in a local work directory that no other host can see: they
-- are prepared again from their upload, which is in the blob store.
UPDATE video_jobs SET state = 'QUEUED', progress = 0 WHERE state IN ('PREPARING', 'ANALYZING', 'AGGREGATING');
DELETE FROM video_chunks WHERE job_id IN (SELECT id FROM video_jobs WHERE state = 'QUEUED');
DELETE FROM tasks WHERE type <> 'PREPARE' AND job_id IN (SELECT id FROM video_jobs WHERE state = 'QUEUED');
UPDATE tasks SET state = 'PENDING', attempts = 0, claimed_at = NULL
    WHERE type = 'PREPARE' AND job_id IN (SELECT id FROM video_jobs WHERE state = 'QUEUED');

-- tus uploads are written to the blob store as a multipart write; the parts written so far, and a tail shorter
-- than a part kept as its own blob, say where the upload stands, whichever API node receives the next request.
-- A request holds the upload's lock (a token with a lease) while it writes.
-- Part numbers are reserved under the lock before a part is written, so a request that lost the lock can never
-- overwrite a part of the request that took it over; the tail's key names the request that wrote it.
ALTER TABLE uploads ADD COLUMN multipart_id VARCHAR(1024);
ALTER TABLE uploads ADD COLUMN parts_reserved INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE uploads ADD COLUMN tail_key VARCHAR(300);
ALTER TABLE uploads ADD COLUMN tail_bytes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE uploads ADD COLUMN lock_token UUID;
ALTER TABLE uploads ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
CREATE TABLE upload_parts (
    upload_id   UUID NOT NULL REFERENCES uploads (id) ON DELETE CASCADE,
    part_number INTEGER NOT NULL,
    size_bytes  BIGINT NOT NULL,
    etag        VARCHAR(200) NOT NULL,
    PRIMARY KEY (upload_id, part_number)
);
-- Unfinished uploads staged on one host's disk cannot be resumed by another; their clients start again.
DELETE FROM uploads WHERE job_id IS NULL;
