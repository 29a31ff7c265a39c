-- What each Gemini or hybrid job was expected to cost when it was admitted, and what its chunks have been metered
-- at since, by UTC day, for the daily spending caps. Rows outlive their job and session, so deleting a job does
-- not give its money back; rows of past days are removed. Portable SQL (H2, PostgreSQL).
CREATE TABLE gemini_spending (
    job_id        UUID PRIMARY KEY,
    session_id    UUID NOT NULL,
    spent_on      DATE NOT NULL,
    estimated_usd DOUBLE PRECISION NOT NULL,
    metered_usd   DOUBLE PRECISION NOT NULL
);
CREATE INDEX idx_gemini_spending_day ON gemini_spending (spent_on, session_id);

-- The one row an admission locks (SELECT ... FOR UPDATE), so two uploads admitted at the same moment, on any
-- node, cannot both fit under a cap that has room for one.
CREATE TABLE gemini_spending_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO gemini_spending_lock (id) VALUES (1);
