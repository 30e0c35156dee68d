-- OpenEmploi schema 3, SQLite: ingestion of partner feeds (sources' settings, what each source
-- sent and what became of it, import runs). Times are TEXT with microseconds, offer dates as in 1.

-- kind: 'platform' (OPENEMPLOI, employers' postings) or 'partner'. multi_diffusion: the partner
-- consents to its offers being republished (1) or not (0). schedule_minutes NULL = imported by hand.
ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'partner' CHECK (kind IN ('platform', 'partner'));
ALTER TABLE sources ADD COLUMN multi_diffusion INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN feed_location TEXT;
ALTER TABLE sources ADD COLUMN feed_format TEXT;
ALTER TABLE sources ADD COLUMN schedule_minutes INTEGER CHECK (schedule_minutes > 0);
ALTER TABLE sources ADD COLUMN updated_at TEXT;
UPDATE sources SET kind = 'platform' WHERE code = 'OPENEMPLOI';

-- One row per record a source sent (its latest version): the decision, its reasons, and the
-- normalised document de-duplication is rebuilt from at the start of each run (DuplicateIndex.Load).
-- published_id: the published offer (cluster) it belongs or belonged to; NULL when never published.
-- codes: space-separated rule codes; reasons: JSON array of French texts.
-- content_hash: of the raw record, so that a rerun reports "unchanged" without normalising again.
-- last_run_id NULL: a platform offer adopted into a cluster, never sent by a feed.
CREATE TABLE ingested_offers (
    source_code      TEXT NOT NULL,
    source_id        TEXT NOT NULL,
    published_id     TEXT,
    status           TEXT NOT NULL CHECK (status IN ('published', 'warned', 'blocked', 'held', 'duplicate', 'removed', 'rejected')),
    codes            TEXT NOT NULL DEFAULT '',
    reasons          TEXT NOT NULL DEFAULT '[]',
    fraud_score      INTEGER,
    completeness     INTEGER,
    content_hash     TEXT,
    poster           TEXT NOT NULL DEFAULT 'partner',
    siret            TEXT,
    appellation_code TEXT,
    departement      TEXT,
    region           TEXT,
    valid_through    TEXT,
    first_seen_at    TEXT NOT NULL,
    last_seen_at     TEXT NOT NULL,
    removed_at       TEXT,
    last_run_id      INTEGER,
    document         TEXT,
    PRIMARY KEY (source_code, source_id)
);

CREATE INDEX ingested_offers_published ON ingested_offers (published_id);
CREATE INDEX ingested_offers_status ON ingested_offers (status);

-- One row per import. Counters are written with each committed batch, so an interrupted run
-- shows what it committed. status: running, completed, failed, interrupted (left running by a
-- process that died: marked so by the next run).
CREATE TABLE import_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    source_code TEXT NOT NULL,
    location    TEXT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
    full_feed   INTEGER NOT NULL,
    read        INTEGER NOT NULL DEFAULT 0,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    blocked     INTEGER NOT NULL DEFAULT 0,
    held        INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0,
    error       TEXT
);

CREATE INDEX import_runs_source ON import_runs (source_code, id);
