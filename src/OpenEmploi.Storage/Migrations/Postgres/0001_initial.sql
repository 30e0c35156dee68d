-- OpenEmploi schema 1, PostgreSQL.
-- The document is TEXT, not jsonb: jsonb reorders keys and the stored bytes must be the wire bytes.
-- Ids and codes use the "C" collation: byte order, cheaper comparisons, same order as SQLite.

CREATE TABLE sources (
    code text COLLATE "C" PRIMARY KEY,
    nom  text NOT NULL,
    url  text,
    logo text
);

INSERT INTO sources (code, nom) VALUES ('OPENEMPLOI', 'OpenEmploi');

-- status is 'published' for now; ingestion will add 'rejected' (with reasons) in a later migration.
CREATE TABLE offres (
    id                 text COLLATE "C" PRIMARY KEY CHECK (length(id) = 7),
    source             text COLLATE "C" NOT NULL,
    source_id          text COLLATE "C",
    status             text NOT NULL DEFAULT 'published',
    date_creation      timestamptz NOT NULL,
    date_actualisation timestamptz NOT NULL,
    rome_code          text COLLATE "C",
    appellation_code   text COLLATE "C",
    commune            text COLLATE "C",
    code_postal        text COLLATE "C",
    departement        text COLLATE "C",
    region             text COLLATE "C",
    type_contrat       text COLLATE "C",
    code_naf           text COLLATE "C",
    stored_at          timestamptz NOT NULL,
    json               text NOT NULL
);

CREATE UNIQUE INDEX offres_source_ref ON offres (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX offres_status ON offres (status);
CREATE INDEX offres_source ON offres (source);
CREATE INDEX offres_departement ON offres (departement);

-- What stays of a deleted offer: no content, only its id, codes and dates.
CREATE TABLE tombstones (
    id                 text COLLATE "C" PRIMARY KEY,
    rome_code          text COLLATE "C",
    commune            text COLLATE "C",
    departement        text COLLATE "C",
    date_creation      timestamptz NOT NULL,
    date_actualisation timestamptz NOT NULL,
    deleted_at         timestamptz NOT NULL
);

-- Append-only. Identity values are handed out at insert time, not commit time, so writers take
-- the change-log advisory lock (pg_advisory_xact_lock) before inserting here: see PostgresDialect.
-- kind: 1 created, 2 updated, 3 deleted (OpenEmploi.Storage.ChangeKind).
CREATE TABLE change_log (
    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    offre_id text COLLATE "C" NOT NULL,
    kind     smallint NOT NULL CHECK (kind IN (1, 2, 3)),
    at       timestamptz NOT NULL
);

-- Small named values that belong with the data (e.g. where the demo generator stopped).
CREATE TABLE store_metadata (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at timestamptz NOT NULL
);
