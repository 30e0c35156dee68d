-- OpenEmploi schema 6, SQLite: each application's last successful sync (licence, article 5.2:
-- mirror the base at least every 24 hours). One row per application, replaced at every successful
-- sync call; the access log keeps every call.
-- kind: what the call was ('snapshot' completed, or a 'changes' page); position: the change-log
-- sequence the application's mirror reached with it (the snapshot's, or the page's fin.suivant);
-- head: the log's last sequence at that call; caught_up_at: the last call whose position was the head.
CREATE TABLE api_sync_status (
    client_id    TEXT NOT NULL PRIMARY KEY,
    synced_at    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('snapshot', 'changes')),
    position     INTEGER NOT NULL,
    head         INTEGER NOT NULL,
    caught_up_at TEXT
);
