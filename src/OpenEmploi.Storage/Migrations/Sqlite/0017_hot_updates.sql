-- OpenEmploi schema 17, SQLite: the index on offres.status goes. Every offer stored has status
-- 'published' (withdrawn offers are deleted, refused and held records live in ingested_offers
-- only), so the index held one value; without statistics SQLite's planner still took it for every
-- read filtering on status (the snapshot, the search's load, counting, the many-ids read, which
-- had to hide it with "+status"), walking the index and looking each row up by rowid instead of
-- reading the table in order. On PostgreSQL this version also leaves room on the pages of the
-- tables an import updates (fill factor), which SQLite has no equivalent of (docs/storage.md,
-- "Updates in place (migration 17)").
DROP INDEX offres_status;
