-- OpenEmploi schema 5, SQLite: the change log carries the codes the sync feed filters on.
-- rome_code, commune, departement, region: the offer's after the change (for a deletion, the
-- deleted offer's: a filtered mirror knows whether the deletion concerns it, even after the id
-- was re-created and its tombstone gone). old_*: before an update, so that an update moving an
-- offer out of a filter reaches that filtered mirror as a deletion.
ALTER TABLE change_log ADD COLUMN rome_code TEXT;
ALTER TABLE change_log ADD COLUMN commune TEXT;
ALTER TABLE change_log ADD COLUMN departement TEXT;
ALTER TABLE change_log ADD COLUMN region TEXT;
ALTER TABLE change_log ADD COLUMN old_rome_code TEXT;
ALTER TABLE change_log ADD COLUMN old_departement TEXT;
ALTER TABLE change_log ADD COLUMN old_region TEXT;

-- Earlier entries get the codes known now: the live offer's, else its tombstone's (which has no
-- region). An update's previous codes are unknown: taken as its current ones.
UPDATE change_log SET rome_code = o.rome_code, commune = o.commune, departement = o.departement, region = o.region
FROM offres AS o WHERE o.id = change_log.offre_id;
UPDATE change_log SET rome_code = t.rome_code, commune = t.commune, departement = t.departement
FROM tombstones AS t WHERE t.id = change_log.offre_id AND change_log.rome_code IS NULL AND change_log.departement IS NULL;
UPDATE change_log SET old_rome_code = rome_code, old_departement = departement, old_region = region WHERE kind = 2;
