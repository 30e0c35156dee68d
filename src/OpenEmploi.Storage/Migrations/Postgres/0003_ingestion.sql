-- OpenEmploi schema 3, PostgreSQL: ingestion of partner feeds (sources' settings, what each source
-- sent and what became of it, import runs). Times are timestamptz.

-- kind: 'platform' (OPENEMPLOI, employers' postings) or 'partner'. multi_diffusion: the partner
-- consents to its offers being republished or not. schedule_minutes NULL = imported by hand.
ALTER TABLE sources ADD COLUMN kind text NOT NULL DEFAULT 'partner' CHECK (kind IN ('platform', 'partner'));
ALTER TABLE sources ADD COLUMN multi_diffusion boolean NOT NULL DEFAULT false;
ALTER TABLE sources ADD COLUMN feed_location text;
ALTER TABLE sources ADD COLUMN feed_format text;
ALTER TABLE sources ADD COLUMN schedule_minutes integer CHECK (schedule_minutes > 0);
ALTER TABLE sources ADD COLUMN updated_at timestamptz;
UPDATE sources SET kind = 'platform' WHERE code = 'OPENEMPLOI';

-- One row per record a source sent (its latest version): the decision, its reasons, and the
-- normalised document de-duplication is rebuilt from at the start of each run (DuplicateIndex.Load).
-- published_id: the published offer (cluster) it belongs or belonged to; NULL when never published.
-- codes: space-separated rule codes; reasons: JSON array of French texts.
-- content_hash: of the raw record, so that a rerun reports "unchanged" without normalising again.
-- last_run_id NULL: a platform offer adopted into a cluster, never sent by a feed.
CREATE TABLE ingested_offers (
    source_code      text COLLATE "C" NOT NULL,
    source_id        text COLLATE "C" NOT NULL,
    published_id     text COLLATE "C",
    status           text NOT NULL CHECK (status IN ('published', 'warned', 'blocked', 'held', 'duplicate', 'removed', 'rejected')),
    codes            text NOT NULL DEFAULT '',
    reasons          text NOT NULL DEFAULT '[]',
    fraud_score      integer,
    completeness     integer,
    content_hash     text,
    poster           text NOT NULL DEFAULT 'partner',
    siret            text,
    appellation_code text,
    departement      text,
    region           text,
    valid_through    timestamptz,
    first_seen_at    timestamptz NOT NULL,
    last_seen_at     timestamptz NOT NULL,
    removed_at       timestamptz,
    last_run_id      bigint,
    document         text,
    PRIMARY KEY (source_code, source_id)
);

CREATE INDEX ingested_offers_published ON ingested_offers (published_id);
CREATE INDEX ingested_offers_status ON ingested_offers (status);

-- One row per import. Counters are written with each committed batch, so an interrupted run
-- shows what it committed. status: running, completed, failed, interrupted (left running by a
-- process that died: marked so by the next run).
CREATE TABLE import_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_code text COLLATE "C" NOT NULL,
    location    text,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    status      text NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
    full_feed   boolean NOT NULL,
    read        bigint NOT NULL DEFAULT 0,
    created     bigint NOT NULL DEFAULT 0,
    updated     bigint NOT NULL DEFAULT 0,
    unchanged   bigint NOT NULL DEFAULT 0,
    deleted     bigint NOT NULL DEFAULT 0,
    rejected    bigint NOT NULL DEFAULT 0,
    blocked     bigint NOT NULL DEFAULT 0,
    held        bigint NOT NULL DEFAULT 0,
    duplicates  bigint NOT NULL DEFAULT 0,
    errors      bigint NOT NULL DEFAULT 0,
    error       text
);

CREATE INDEX import_runs_source ON import_runs (source_code, id);
