-- OpenEmploi schema 6, PostgreSQL: each application's last successful sync (licence, article 5.2:
-- mirror the base at least every 24 hours). One row per application, replaced at every successful
-- sync call; the access log keeps every call.
-- kind: what the call was ('snapshot' completed, or a 'changes' page); position: the change-log
-- sequence the application's mirror reached with it (the snapshot's, or the page's fin.suivant);
-- head: the log's last sequence at that call; caught_up_at: the last call whose position was the head.
CREATE TABLE api_sync_status (
    client_id    text COLLATE "C" PRIMARY KEY,
    synced_at    timestamptz NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('snapshot', 'changes')),
    position     bigint NOT NULL,
    head         bigint NOT NULL,
    caught_up_at timestamptz
);
