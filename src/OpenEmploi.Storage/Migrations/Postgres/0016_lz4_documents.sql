-- OpenEmploi schema 16, PostgreSQL: the offers' stored JSON and the ingested rows' documents are
-- compressed with LZ4 instead of pglz (docs/storage.md, "Document compression (migration 16)").
-- Both are 2–4 KB of JSON, so nearly every one is compressed when written (TOAST compresses a row
-- past about 2 KB); with pglz that compression was most of the server's time in an import
-- (binary COPY into the writer's staging tables: about 100 µs a row), LZ4 does it several times
-- faster and reads back faster too, for a few per cent more bytes. Only values written from now
-- on are LZ4: the stored ones stay pglz and read as before (each value records its method), so
-- the change rewrites nothing. The writer's staging tables take the columns' method with them
-- (LIKE … INCLUDING COMPRESSION: a value compressed in the staging table is moved as it is).
-- A server built without LZ4 keeps pglz: same data, slower writes.
DO $$
BEGIN
    ALTER TABLE offres ALTER COLUMN json SET COMPRESSION lz4;
    ALTER TABLE ingested_offers ALTER COLUMN document SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'LZ4 non disponible sur ce serveur : les documents restent compressés en pglz.';
END
$$;
