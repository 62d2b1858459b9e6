-- Cordon store schema. The same tables on SQLite and PostgreSQL; only the id column type and the
-- append-only triggers differ between the two folders (db/migration/sqlite, db/migration/postgresql).
-- Times are ISO-8601 UTC text (Instant.toString()) so that both databases sort and compare them alike.

-- One row per recorded load of one list whose files differed from every earlier load of that list.
-- A list is a source and a title: OFAC publishes two (SDN and the non-SDN consolidated list) under one source.
CREATE TABLE list_version (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    list_key         VARCHAR(400) NOT NULL,
    source           VARCHAR(100) NOT NULL,
    publisher        TEXT,
    title            TEXT,
    format           VARCHAR(40),
    publication_date VARCHAR(10),
    files            TEXT NOT NULL,
    sha256           CHAR(64) NOT NULL,
    entity_count     INTEGER NOT NULL,
    loaded_at        VARCHAR(40) NOT NULL,
    loaded_by        TEXT NOT NULL,
    is_current       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX list_version_key ON list_version (list_key, is_current);
CREATE INDEX list_version_source ON list_version (source, is_current);

-- What each version held, entity by entity: enough to diff two versions and to find what changed.
-- fingerprint covers what screening reads (names, birth dates, identifiers, countries, schema);
-- content_hash covers everything; facets is the entity as sorted field -> values JSON.
CREATE TABLE list_entity (
    version_id   BIGINT NOT NULL REFERENCES list_version (id),
    entity_id    VARCHAR(200) NOT NULL,
    fingerprint  CHAR(64) NOT NULL,
    content_hash CHAR(64) NOT NULL,
    facets       TEXT NOT NULL,
    PRIMARY KEY (version_id, entity_id)
);

-- Who was screened, so that they can be screened again when a list changes.
CREATE TABLE subject (
    id            VARCHAR(200) PRIMARY KEY,
    name          TEXT NOT NULL,
    schema_name   VARCHAR(40),
    birth_date    VARCHAR(40),
    country       VARCHAR(10),
    attributes    TEXT NOT NULL,
    fingerprint   CHAR(64) NOT NULL,
    registered_at VARCHAR(40) NOT NULL,
    updated_at    VARCHAR(40) NOT NULL
);

-- A batch run or a delta re-screening, with its counts even when nothing was hit.
CREATE TABLE screening_run (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          VARCHAR(20) NOT NULL,
    actor         TEXT NOT NULL,
    started_at    VARCHAR(40) NOT NULL,
    finished_at   VARCHAR(40),
    status        VARCHAR(20) NOT NULL,
    list_versions TEXT NOT NULL,
    since_versions TEXT,
    subjects      INTEGER NOT NULL DEFAULT 0,
    entities      INTEGER NOT NULL DEFAULT 0,
    hits          INTEGER NOT NULL DEFAULT 0,
    new_alerts    INTEGER NOT NULL DEFAULT 0,
    suppressed    INTEGER NOT NULL DEFAULT 0
);

-- One alert per subject and listed entity as they stood when screened: the fingerprints of both sides
-- are part of the key, so re-screening an unchanged pair finds the existing alert instead of adding one.
CREATE TABLE alert (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id          VARCHAR(200) NOT NULL REFERENCES subject (id),
    entity_id           VARCHAR(200) NOT NULL,
    source              VARCHAR(100) NOT NULL,
    caption             TEXT NOT NULL,
    list_version_id     BIGINT REFERENCES list_version (id),
    run_id              BIGINT REFERENCES screening_run (id),
    subject_fingerprint CHAR(64) NOT NULL,
    entity_fingerprint  CHAR(64) NOT NULL,
    score               DOUBLE PRECISION NOT NULL,
    explanation         TEXT NOT NULL,
    status              VARCHAR(20) NOT NULL,
    created_at          VARCHAR(40) NOT NULL,
    UNIQUE (subject_id, entity_id, subject_fingerprint, entity_fingerprint)
);
CREATE INDEX alert_status ON alert (status, score);

CREATE TABLE decision (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id    BIGINT NOT NULL REFERENCES alert (id),
    verdict     VARCHAR(20) NOT NULL,
    reason      TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  VARCHAR(40) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    reviewed_by TEXT,
    reviewed_at VARCHAR(40),
    review_note TEXT
);
CREATE INDEX decision_alert ON decision (alert_id);

-- Accepted false positives: the pair stays quiet while both fingerprints are what they were.
CREATE TABLE good_guy (
    subject_id          VARCHAR(200) NOT NULL,
    entity_id           VARCHAR(200) NOT NULL,
    subject_fingerprint CHAR(64) NOT NULL,
    entity_fingerprint  CHAR(64) NOT NULL,
    decision_id         BIGINT NOT NULL REFERENCES decision (id),
    created_at          VARCHAR(40) NOT NULL,
    PRIMARY KEY (subject_id, entity_id)
);

CREATE TABLE api_key (
    id         VARCHAR(40) PRIMARY KEY,
    owner      TEXT NOT NULL,
    role       VARCHAR(20) NOT NULL,
    secret_sha256 CHAR(64) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    revoked_at VARCHAR(40)
);

CREATE TABLE setting (
    name       VARCHAR(100) PRIMARY KEY,
    value      TEXT NOT NULL,
    changed_at VARCHAR(40) NOT NULL,
    changed_by TEXT NOT NULL
);

-- Append-only, hash-chained: hash = sha256(prev_hash, seq, at, actor, action, target, detail).
CREATE TABLE audit_log (
    seq       BIGINT PRIMARY KEY,
    at        VARCHAR(40) NOT NULL,
    actor     TEXT NOT NULL,
    action    VARCHAR(60) NOT NULL,
    target    TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    hash      CHAR(64) NOT NULL
);

-- The chain's head, written in the same transaction as each entry: deleting the newest entries
-- leaves the head pointing past the end, which verification reports.
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
