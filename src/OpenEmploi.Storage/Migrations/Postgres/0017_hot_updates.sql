-- OpenEmploi schema 17, PostgreSQL: room on each page of the tables an import updates row by row,
-- so that an update keeping the indexed values is a heap-only tuple (HOT): the new version goes on
-- the same page and no index gets an entry for it (docs/storage.md, "Updates in place (migration
-- 17)"). With every page filled to 100 %, each update of an offer wrote a new entry into each of
-- its indexes, and each re-sighting of an ingested row into each of its three. An offer's row
-- takes about 630 bytes of heap on average at a million offers (its JSON, 2 KB compressed, mostly
-- goes to the TOAST table, which this does not concern; rows keeping theirs inline take up to
-- 2 KB): a fill factor of 80 % leaves about 1.6 KB of each 8 KB page for new versions, for a heap
-- a quarter larger. Only pages written from now on are filled so (rows inserted, pages rewritten);
-- the pages of a base stored before stay full until rewritten (VACUUM FULL offres, ingested_offers
-- once, off hours: it locks the table while it copies it).
ALTER TABLE offres SET (fillfactor = 80);
ALTER TABLE ingested_offers SET (fillfactor = 80);

-- Every offer stored has status 'published' (withdrawn offers are deleted, refused and held records
-- live in ingested_offers only): an index on that one value only cost a write per insert and per
-- non-HOT update, and no plan used it but counting (which counts the offers without it).
DROP INDEX offres_status;
