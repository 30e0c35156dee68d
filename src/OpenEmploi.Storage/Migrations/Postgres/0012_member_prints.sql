-- OpenEmploi schema 12, PostgreSQL: de-duplication fingerprints stored per member, so that opening
-- an ingestion session reads a compact binary row per member instead of parsing and fingerprinting
-- its stored document (docs/ingestion.md, "Stored prints (migration 12)"). Derived data: a missing
-- or stale print is recomputed from the document by the next session and written back (which is
-- also the backfill of a base that predates this schema). Ids use the "C" collation.
-- version: StoredPrint.Version of the encoding and algorithms; a print of another version is ignored.
-- print: StoredPrint's encoding (fingerprint, line hashes with the lines dropped as boilerplate,
-- id and dates, the facts the fraud check and the pay distribution learn).

-- Members that are ingested rows, by their key.
CREATE TABLE member_prints (
    source_code text COLLATE "C" NOT NULL,
    source_id   text COLLATE "C" NOT NULL,
    version     integer NOT NULL,
    print       bytea NOT NULL,
    PRIMARY KEY (source_code, source_id)
);

-- Members that are offers no ingestion produced, by the offer's id.
CREATE TABLE offer_prints (
    offer_id text COLLATE "C" PRIMARY KEY,
    version  integer NOT NULL,
    print    bytea NOT NULL
);

-- A print is dropped whenever what it was computed from changes (the document, or the columns a
-- member takes from its row), whoever writes it: a print never outlives its document.
CREATE FUNCTION member_print_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        DELETE FROM member_prints WHERE source_code = NEW.source_code AND source_id = NEW.source_id;
    ELSE
        DELETE FROM member_prints WHERE source_code = OLD.source_code AND source_id = OLD.source_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION offer_print_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM offer_prints WHERE offer_id = OLD.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER ingested_offers_print_insert AFTER INSERT ON ingested_offers
    FOR EACH ROW EXECUTE FUNCTION member_print_stale();

CREATE TRIGGER ingested_offers_print_update AFTER UPDATE ON ingested_offers
    FOR EACH ROW WHEN (NEW.document IS DISTINCT FROM OLD.document OR NEW.siret IS DISTINCT FROM OLD.siret
        OR NEW.appellation_code IS DISTINCT FROM OLD.appellation_code OR NEW.departement IS DISTINCT FROM OLD.departement
        OR NEW.region IS DISTINCT FROM OLD.region OR NEW.poster IS DISTINCT FROM OLD.poster)
    EXECUTE FUNCTION member_print_stale();

CREATE TRIGGER ingested_offers_print_delete AFTER DELETE ON ingested_offers
    FOR EACH ROW EXECUTE FUNCTION member_print_stale();

CREATE TRIGGER offres_print_update AFTER UPDATE ON offres
    FOR EACH ROW WHEN (NEW.json IS DISTINCT FROM OLD.json OR NEW.source IS DISTINCT FROM OLD.source
        OR NEW.source_id IS DISTINCT FROM OLD.source_id OR NEW.appellation_code IS DISTINCT FROM OLD.appellation_code
        OR NEW.departement IS DISTINCT FROM OLD.departement OR NEW.region IS DISTINCT FROM OLD.region)
    EXECUTE FUNCTION offer_print_stale();

CREATE TRIGGER offres_print_delete AFTER DELETE ON offres
    FOR EACH ROW EXECUTE FUNCTION offer_print_stale();
