-- GridActors schema for SQLite (the embedded shape): grain state and reminders. Clustering is
-- in-process there, so no membership tables. Same contract as PostgreSql.sql: the providers run
-- the SQL stored in OrleansQuery under fixed keys and parameter names. Safe to run again:
-- tables are created only when missing and query rows are upserted.
-- SQLite cannot nest INSERT/UPDATE/DELETE in a WITH, so where PostgreSQL uses one statement
-- these use two; a command may hold several and the provider reads every result set.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

-- Grain state: see PostgreSql.sql for the meaning of the key columns and Version (the ETag).
CREATE TABLE IF NOT EXISTS GrainState
(
    GrainIdHash            INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    ServiceId              TEXT    NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    PayloadBinary          BLOB    NULL,
    Version                INTEGER NOT NULL,
    ModifiedOn             TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
-- SQLite's unique indexes treat NULLs as distinct, so grains without a key extension get their
-- own index: one row per grain either way.
CREATE UNIQUE INDEX IF NOT EXISTS GrainStateKey
    ON GrainState (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
    WHERE GrainIdExtensionString IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS GrainStateKeyWithoutExtension
    ON GrainState (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1)
    WHERE GrainIdExtensionString IS NULL;

CREATE TABLE IF NOT EXISTS Reminders
(
    ServiceId    TEXT    NOT NULL,
    GrainId      TEXT    NOT NULL,
    ReminderName TEXT    NOT NULL,
    StartTime    TEXT    NOT NULL,
    Period       INTEGER NOT NULL,
    GrainHash    INTEGER NOT NULL,
    Version      INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);
CREATE INDEX IF NOT EXISTS RemindersByHash ON Reminders (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Grain storage: "a IS b" is SQLite's NULL-safe equality.

('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM GrainState
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS @GrainIdExtensionString;
'),

-- With an ETag only the update can match; without one only the insert: at most one of the two
-- returns the new version, and none means the write was stale.
('WriteToStorageKey', '
UPDATE GrainState
SET PayloadBinary = @PayloadBinary, Version = Version + 1,
    ModifiedOn = strftime(''%Y-%m-%d %H:%M:%f'', ''now'')
WHERE @GrainStateVersion IS NOT NULL AND Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS @GrainIdExtensionString
RETURNING Version AS NewGrainStateVersion;
INSERT INTO GrainState (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString,
                        GrainIdN0, GrainIdN1, GrainIdExtensionString, PayloadBinary, Version)
SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainTypeString,
       @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, @PayloadBinary, 1
WHERE @GrainStateVersion IS NULL
ON CONFLICT DO NOTHING
RETURNING Version AS NewGrainStateVersion;
'),

('ClearStorageKey', '
UPDATE GrainState
SET PayloadBinary = NULL, Version = Version + 1,
    ModifiedOn = strftime(''%Y-%m-%d %H:%M:%f'', ''now'')
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS @GrainIdExtensionString
RETURNING Version;
'),

-- Reminders

('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
'),

('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
'),

('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
'),

('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
'),

('UpsertReminderRowKey', '
INSERT INTO Reminders (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
    Version = Reminders.Version + 1
RETURNING Version;
'),

-- One row, one column, even when nothing matched: changes() counts the DELETE just run.
('DeleteReminderRowKey', '
DELETE FROM Reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
  AND Version = @Version;
SELECT changes() > 0;
'),

('DeleteReminderRowsKey', '
DELETE FROM Reminders WHERE ServiceId = @ServiceId;
')

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The event log and the case rows: see PostgreSql.sql. Instants are INTEGER microseconds since
-- 1970-01-01 UTC, so they compare and sort as numbers. One writer appends (the embedded shape is
-- one process), so sequence numbers become visible in order and no gap ever fills later.
CREATE TABLE IF NOT EXISTS events
(
    sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
    stream      TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    command_id  TEXT    NOT NULL,
    actor_id    TEXT    NOT NULL,
    actor_role  TEXT    NOT NULL,
    actor_scope TEXT    NOT NULL,
    at          INTEGER NOT NULL,
    data        TEXT    NOT NULL,
    UNIQUE (stream, entity_id, version)
);

CREATE TABLE IF NOT EXISTS cases
(
    id            TEXT PRIMARY KEY,
    version       INTEGER NOT NULL,
    status        TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    urgency       TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    description   TEXT    NULL,
    grid_code     TEXT    NOT NULL,
    village_code  TEXT    NOT NULL,
    town_code     TEXT    NOT NULL,
    district_code TEXT    NOT NULL,
    level         TEXT    NULL,
    handler       TEXT    NULL,
    reporter_id   TEXT    NOT NULL,
    reporter_role TEXT    NOT NULL,
    latitude      REAL    NULL,
    longitude     REAL    NULL,
    address       TEXT    NULL,
    reported_at   INTEGER NOT NULL,
    filed_at      INTEGER NULL,
    closed_at     INTEGER NULL,
    due_at        INTEGER NULL,
    stage_due_at  INTEGER NULL,
    red_at        INTEGER NULL,
    yellow_at     INTEGER NULL,
    stopped_at    INTEGER NULL,
    updated_at    INTEGER NOT NULL,
    merged_into   TEXT    NULL,
    stage_warn_at       INTEGER NULL,
    likely_duplicate_of TEXT    NULL,
    due_estimated       INTEGER NOT NULL,
    stage_due_estimated INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_by_district ON cases (district_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_by_town ON cases (town_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_by_village ON cases (village_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_by_grid ON cases (grid_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_open_by_grid ON cases (grid_code) WHERE status NOT IN ('Rejected', 'Closed', 'Evaluated', 'Merged');
CREATE INDEX IF NOT EXISTS cases_by_closed ON cases (closed_at, id) WHERE closed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS cases_by_handler ON cases (handler) WHERE handler IS NOT NULL;

CREATE TABLE IF NOT EXISTS case_parties
(
    party   TEXT NOT NULL,
    case_id TEXT NOT NULL,
    PRIMARY KEY (party, case_id)
);

-- The registers' audit trail: who read or changed which entries (ids, never names), when. A
-- change's line carries the register's own number for it, unique per grid, so the register can
-- append it again after a crash without it appearing twice; reads have none. Lines older than
-- the retention period are purged.
CREATE TABLE IF NOT EXISTS register_audit
(
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    grid_code  TEXT NOT NULL,
    number     INTEGER NULL,
    at         INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action     TEXT NOT NULL,
    entry_ids  TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS register_audit_numbered ON register_audit (grid_code, number) WHERE number IS NOT NULL;
CREATE INDEX IF NOT EXISTS register_audit_by_grid ON register_audit (grid_code, at);
CREATE INDEX IF NOT EXISTS register_audit_by_time ON register_audit (at);

-- Photos attached to cases, one row per SHA-256 of their bytes: the same photo sent twice, or
-- attached to two cases, is stored once. Cases name the hash in their history.
CREATE TABLE IF NOT EXISTS attachments
(
    hash       TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    size       INTEGER NOT NULL,
    content    BLOB NOT NULL,
    stored_at  INTEGER NOT NULL
);

-- One row per data upgrade finished on this database (see Storage/Upgrade), so a later start skips it.
CREATE TABLE IF NOT EXISTS upgrades
(
    name    TEXT PRIMARY KEY,
    done_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);

-- Where each reader of the log has got to: the last sequence number it finished with.
CREATE TABLE IF NOT EXISTS log_cursors
(
    name     TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL
);
