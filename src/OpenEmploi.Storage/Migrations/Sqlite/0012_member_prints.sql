-- OpenEmploi schema 12, SQLite: de-duplication fingerprints stored per member, so that opening an
-- ingestion session reads a compact binary row per member instead of parsing and fingerprinting
-- its stored document (docs/ingestion.md, "Stored prints (migration 12)"). Derived data: a missing
-- or stale print is recomputed from the document by the next session and written back (which is
-- also the backfill of a base that predates this schema).
-- version: StoredPrint.Version of the encoding and algorithms; a print of another version is ignored.
-- print: StoredPrint's encoding (fingerprint, line hashes with the lines dropped as boilerplate,
-- id and dates, the facts the fraud check and the pay distribution learn).

-- Members that are ingested rows, by their key.
CREATE TABLE member_prints (
    source_code TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    print       BLOB NOT NULL,
    PRIMARY KEY (source_code, source_id)
);

-- Members that are offers no ingestion produced, by the offer's id.
CREATE TABLE offer_prints (
    offer_id TEXT NOT NULL PRIMARY KEY,
    version  INTEGER NOT NULL,
    print    BLOB NOT NULL
);

-- A print is dropped whenever what it was computed from changes (the document, or the columns a
-- member takes from its row), whoever writes it: a print never outlives its document.
CREATE TRIGGER ingested_offers_print_insert AFTER INSERT ON ingested_offers
BEGIN
    DELETE FROM member_prints WHERE source_code = NEW.source_code AND source_id = NEW.source_id;
END;

CREATE TRIGGER ingested_offers_print_update AFTER UPDATE ON ingested_offers
WHEN NEW.document IS NOT OLD.document OR NEW.siret IS NOT OLD.siret OR NEW.appellation_code IS NOT OLD.appellation_code
    OR NEW.departement IS NOT OLD.departement OR NEW.region IS NOT OLD.region OR NEW.poster IS NOT OLD.poster
BEGIN
    DELETE FROM member_prints WHERE source_code = OLD.source_code AND source_id = OLD.source_id;
END;

CREATE TRIGGER ingested_offers_print_delete AFTER DELETE ON ingested_offers
BEGIN
    DELETE FROM member_prints WHERE source_code = OLD.source_code AND source_id = OLD.source_id;
END;

CREATE TRIGGER offres_print_update AFTER UPDATE ON offres
WHEN NEW.json IS NOT OLD.json OR NEW.source IS NOT OLD.source OR NEW.source_id IS NOT OLD.source_id
    OR NEW.appellation_code IS NOT OLD.appellation_code OR NEW.departement IS NOT OLD.departement OR NEW.region IS NOT OLD.region
BEGIN
    DELETE FROM offer_prints WHERE offer_id = OLD.id;
END;

CREATE TRIGGER offres_print_delete AFTER DELETE ON offres
BEGIN
    DELETE FROM offer_prints WHERE offer_id = OLD.id;
END;
