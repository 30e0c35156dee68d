-- OpenEmploi schema 1, SQLite.
-- Offer dates are TEXT in the wire format ('yyyy-MM-ddTHH:mm:ss.fffZ', which sorts as time);
-- store times (stored_at, deleted_at, at) are TEXT with microseconds ('...ss.ffffffZ').

CREATE TABLE sources (
    code TEXT NOT NULL PRIMARY KEY,
    nom  TEXT NOT NULL,
    url  TEXT,
    logo TEXT
);

INSERT INTO sources (code, nom) VALUES ('OPENEMPLOI', 'OpenEmploi');

-- One row per stored offer: the wire document plus the columns queries need (an index of it).
-- status is 'published' for now; ingestion will add 'rejected' (with reasons) in a later migration.
-- json is the last column so that the narrow columns stay at the front of each record.
CREATE TABLE offres (
    id                 TEXT NOT NULL PRIMARY KEY CHECK (length(id) = 7),
    source             TEXT NOT NULL,
    source_id          TEXT,
    status             TEXT NOT NULL DEFAULT 'published',
    date_creation      TEXT NOT NULL,
    date_actualisation TEXT NOT NULL,
    rome_code          TEXT,
    appellation_code   TEXT,
    commune            TEXT,
    code_postal        TEXT,
    departement        TEXT,
    region             TEXT,
    type_contrat       TEXT,
    code_naf           TEXT,
    stored_at          TEXT NOT NULL,
    json               TEXT NOT NULL
);

CREATE UNIQUE INDEX offres_source_ref ON offres (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX offres_status ON offres (status);
CREATE INDEX offres_source ON offres (source);
CREATE INDEX offres_departement ON offres (departement);

-- What stays of a deleted offer: no content, only its id, codes and dates.
CREATE TABLE tombstones (
    id                 TEXT NOT NULL PRIMARY KEY,
    rome_code          TEXT,
    commune            TEXT,
    departement        TEXT,
    date_creation      TEXT NOT NULL,
    date_actualisation TEXT NOT NULL,
    deleted_at         TEXT NOT NULL
);

-- Append-only. AUTOINCREMENT: a sequence number is never reused, even after the last row goes.
-- kind: 1 created, 2 updated, 3 deleted (OpenEmploi.Storage.ChangeKind).
CREATE TABLE change_log (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    offre_id TEXT NOT NULL,
    kind     INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),
    at       TEXT NOT NULL
);

-- Small named values that belong with the data (e.g. where the demo generator stopped).
CREATE TABLE store_metadata (
    key        TEXT NOT NULL PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
