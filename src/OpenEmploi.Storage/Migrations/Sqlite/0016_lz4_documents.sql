-- OpenEmploi schema 16, SQLite: nothing to change. On PostgreSQL this version compresses the
-- offers' JSON and the ingested documents with LZ4 (docs/storage.md, "Document compression
-- (migration 16)"); SQLite stores them uncompressed. The number keeps both dialects at one version.
SELECT 1;
