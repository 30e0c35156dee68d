-- OpenEmploi schema 4, PostgreSQL: the ingestion inbox. What the APIs hand to the web host's
-- ingestion worker (employers' postings and withdrawals, moderators' decisions) is kept here
-- durably, in arrival order, until the worker has run it through the pipeline; then with the
-- decision, until purged. Any node may write it; the one node holding the import lock drains it.

-- batch_id, record_index: the public id of a POST (or DELETE, or moderation command) and the
-- record's position in it (0 for a single offer). operation: post (document = the record's JSON as
-- received), delete (a withdrawal of reference), approve / reject (reference = the held record's
-- source id in source_code; document = the moderator's reason). processed_at NULL = pending; a
-- record refused when posted (malformed) is stored already processed, decision 'error'.
-- decision: the pipeline's (publish, warn, block, hold, duplicate, error, rejected, unchanged),
-- or deleted / approved / rejected; codes space-separated, reasons a JSON array of French texts.
CREATE TABLE ingestion_inbox (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id     text COLLATE "C" NOT NULL,
    record_index integer NOT NULL,
    client_id    text COLLATE "C" NOT NULL,
    source_code  text COLLATE "C" NOT NULL,
    operation    text NOT NULL CHECK (operation IN ('post', 'delete', 'approve', 'reject')),
    reference    text COLLATE "C",
    document     text,
    received_at  timestamptz NOT NULL,
    processed_at timestamptz,
    decision     text,
    codes        text NOT NULL DEFAULT '',
    reasons      text NOT NULL DEFAULT '[]',
    offer_id     text,
    run_id       bigint,
    UNIQUE (batch_id, record_index)
);

CREATE INDEX ingestion_inbox_pending ON ingestion_inbox (id) WHERE processed_at IS NULL;
CREATE INDEX ingestion_inbox_reference ON ingestion_inbox (source_code, reference);
CREATE INDEX ingestion_inbox_processed ON ingestion_inbox (processed_at);
