-- The target an alert's listed record belongs to when it was raised: the id of the profile that links the records of
-- one target across lists (docs/matching.md, "Profiles"), or the record's own id when nothing links it. A subject's
-- alerts on one target (Putin on the EU, OFAC and UK lists) can then be shown and decided together.
-- Alerts raised before this column existed have none; they are read as their own entity's.
ALTER TABLE alert ADD COLUMN profile_id VARCHAR(200);
