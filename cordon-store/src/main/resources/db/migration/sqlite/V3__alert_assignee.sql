-- Who is working an alert: the analyst who took it from the queue (or was given it), and since when. Null while nobody
-- has it. Every change is also in the audit log (alert.assign), with whom it was taken from.
ALTER TABLE alert ADD COLUMN assigned_to VARCHAR(200);
ALTER TABLE alert ADD COLUMN assigned_at VARCHAR(40);
