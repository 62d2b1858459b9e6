-- An analyst's notes on an alert while it is worked: what was asked of whom, what a register said. Append-only, like the
-- audit log, which also holds each note's text (alert.note), so a note changed behind Cordon's back shows in the chain.
CREATE TABLE alert_note (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id   BIGINT NOT NULL REFERENCES alert (id),
    author     TEXT NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX alert_note_alert ON alert_note (alert_id);
CREATE TRIGGER alert_note_no_update BEFORE UPDATE ON alert_note
BEGIN SELECT RAISE(ABORT, 'alert_note is append-only'); END;
CREATE TRIGGER alert_note_no_delete BEFORE DELETE ON alert_note
BEGIN SELECT RAISE(ABORT, 'alert_note is append-only'); END;
