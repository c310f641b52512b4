-- GridActors schema for PostgreSQL 15+: grain state, reminders and cluster membership.
-- Orleans' ADO.NET providers run the SQL they find in OrleansQuery under fixed keys, with fixed
-- parameter names (@GrainIdHash, @ServiceId, @DeploymentId, ...) and read result columns by
-- name. Everything here may run again on a database that already has it: tables are created
-- only when missing, and the query rows are upserted so a newer script replaces older text.
-- Unquoted names fold to lower case; the providers look columns up case-insensitively.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- Grain state. A grain is identified by service, grain type and its key split the way the
-- provider splits it: two 64-bit halves (a GUID, or 0 and a long) plus an optional string
-- (a string key, or a key extension). The provider also sends 32-bit hashes of key and type:
-- they lead the unique index so a lookup narrows to one row before comparing strings.
-- Version is the ETag: it starts at 1 and each successful write or clear adds 1.
CREATE TABLE IF NOT EXISTS GrainState
(
    GrainIdHash            integer     NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    ServiceId              text        NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainIdExtensionString text        NULL,
    PayloadBinary          bytea       NULL,
    Version                integer     NOT NULL,
    ModifiedOn             timestamptz NOT NULL DEFAULT now(),
    -- "no extension" and "empty extension" are different grains, and one row each.
    CONSTRAINT GrainStateKey UNIQUE NULLS NOT DISTINCT
        (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

-- Reminders. GrainHash is the grain's uniform hash as a signed int; the reminder service
-- reads ranges of the hash ring, so it is indexed. Version is the reminder's ETag.
CREATE TABLE IF NOT EXISTS Reminders
(
    ServiceId    text        NOT NULL,
    GrainId      text        NOT NULL,
    ReminderName text        NOT NULL,
    StartTime    timestamptz NOT NULL,
    Period       bigint      NOT NULL,
    GrainHash    integer     NOT NULL,
    Version      integer     NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);
CREATE INDEX IF NOT EXISTS RemindersByHash ON Reminders (ServiceId, GrainHash);

-- Cluster membership. One version row per cluster (the provider calls it DeploymentId): every
-- change to a member row must present the current version and bumps it, which is how silos
-- agree on one history of the table.
CREATE TABLE IF NOT EXISTS MembershipVersion
(
    DeploymentId text        NOT NULL PRIMARY KEY,
    Version      integer     NOT NULL,
    ModifiedOn   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS Membership
(
    DeploymentId text        NOT NULL REFERENCES MembershipVersion (DeploymentId),
    Address      text        NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

-- Grain storage ------------------------------------------------------------------------------

-- Returns no row for a grain never written; PayloadBinary is NULL after a clear.
('ReadFromStorageKey', $q$
SELECT PayloadBinary, Version
FROM GrainState
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),

-- A grain without an ETag may only create its row; a grain with one may only replace the row
-- still at that version. The new version comes back; no row means the write was stale, and
-- the provider turns that into InconsistentStateException.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE GrainState
    SET PayloadBinary = @PayloadBinary, Version = Version + 1, ModifiedOn = now()
    WHERE @GrainStateVersion IS NOT NULL AND Version = @GrainStateVersion
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
    RETURNING Version
), inserted AS (
    INSERT INTO GrainState (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString,
                            GrainIdN0, GrainIdN1, GrainIdExtensionString, PayloadBinary, Version)
    SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainTypeString,
           @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT ON CONSTRAINT GrainStateKey DO NOTHING
    RETURNING Version
)
SELECT Version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT Version FROM inserted;
$q$),

-- Clearing keeps the row (without payload) so the version keeps counting: a stale activation
-- cannot write over a cleared state. Returns the new version in the first column.
('ClearStorageKey', $q$
UPDATE GrainState
SET PayloadBinary = NULL, Version = Version + 1, ModifiedOn = now()
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING Version;
$q$),

-- Reminders ----------------------------------------------------------------------------------

('ReadReminderRowsKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),

('ReadReminderRowKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),

-- The ring range (BeginHash, EndHash] when it does not wrap in signed order ...
('ReadRangeRows1Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),

-- ... and when it does: everything after BeginHash plus everything up to EndHash.
('ReadRangeRows2Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM Reminders
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),

('UpsertReminderRowKey', $q$
INSERT INTO Reminders (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
    Version = Reminders.Version + 1
RETURNING Version;
$q$),

-- The provider reads exactly one row with one column, true when a row went.
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM Reminders
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
      AND Version = @Version
    RETURNING 1
)
SELECT count(*) > 0 FROM deleted;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM Reminders WHERE ServiceId = @ServiceId;
$q$),

-- Membership ---------------------------------------------------------------------------------

-- Answers whether this call created the cluster's version row.
('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO MembershipVersion (DeploymentId, Version) VALUES (@DeploymentId, 0)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*) > 0 FROM inserted;
$q$),

-- Both reads return the table version on every row, and one row with NULL member columns when
-- there are no members: the provider takes the version from the first row.
('MembershipReadAllKey', $q$
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM MembershipVersion v
LEFT JOIN Membership m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadRowKey', $q$
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM MembershipVersion v
LEFT JOIN Membership m ON m.DeploymentId = v.DeploymentId
    AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$q$),

-- A silo joins only at the version it read, and only once: the version bump holds the
-- version row's lock, so of two racing inserts at one version exactly one wins.
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE MembershipVersion SET Version = Version + 1, ModifiedOn = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND NOT EXISTS (SELECT 1 FROM Membership
                      WHERE DeploymentId = @DeploymentId AND Address = @Address
                        AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), inserted AS (
    INSERT INTO Membership (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                            ProxyPort, StartTime, IAmAliveTime)
    SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
           @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1
)
SELECT count(*) > 0 FROM inserted;
$q$),

('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE MembershipVersion SET Version = Version + 1, ModifiedOn = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND EXISTS (SELECT 1 FROM Membership
                  WHERE DeploymentId = @DeploymentId AND Address = @Address
                    AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), updated AS (
    UPDATE Membership m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    FROM bumped
    WHERE m.DeploymentId = bumped.DeploymentId AND m.Address = @Address
      AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1
)
SELECT count(*) > 0 FROM updated;
$q$),

-- Liveness heartbeats do not take part in the version protocol.
('UpdateIAmAlivetimeKey', $q$
UPDATE Membership SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address
  AND Port = @Port AND Generation = @Generation;
$q$),

-- Only silos already declared dead (status 6) whose last heartbeat is older than the cut-off.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM Membership
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status = 6;
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM Membership WHERE DeploymentId = @DeploymentId;
DELETE FROM MembershipVersion WHERE DeploymentId = @DeploymentId;
$q$),

-- Clients connect to the gateways of active silos (the provider passes @Status = active).
('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation
FROM Membership
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The event log and the case rows -------------------------------------------------------------
-- Every accepted change, once, in order: the source of truth for cases. (stream, entity_id,
-- version) is unique, so two writers of one version cannot both succeed. A writer takes its
-- transaction id before its sequence number, so a reader can tell when a gap in the sequence can
-- no longer fill (see the log's ReadAfter).
CREATE TABLE IF NOT EXISTS events
(
    sequence    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream      text        NOT NULL,
    entity_id   text        NOT NULL,
    version     bigint      NOT NULL,
    type        text        NOT NULL,
    command_id  text        NOT NULL,
    actor_id    text        NOT NULL,
    actor_role  text        NOT NULL,
    actor_scope text        NOT NULL,
    at          timestamptz NOT NULL,
    data        jsonb       NOT NULL,
    -- Every writer takes its transaction id before its sequence number (SELECT pg_current_xact_id() first):
    -- readers rely on it to tell a gap that may still fill from one that never will.
    UNIQUE (stream, entity_id, version)
);

-- One row per case, upserted with each of its events: what lists, filters and exports read.
CREATE TABLE IF NOT EXISTS cases
(
    id            text PRIMARY KEY,
    version       bigint           NOT NULL,
    status        text             NOT NULL,
    source        text             NOT NULL,
    category      text             NOT NULL,
    urgency       text             NOT NULL,
    title         text             NOT NULL,
    description   text             NULL,
    grid_code     text             NOT NULL,
    village_code  text             NOT NULL,
    town_code     text             NOT NULL,
    district_code text             NOT NULL,
    level         text             NULL,
    handler       text             NULL,
    reporter_id   text             NOT NULL,
    reporter_role text             NOT NULL,
    latitude      double precision NULL,
    longitude     double precision NULL,
    address       text             NULL,
    reported_at   timestamptz      NOT NULL,
    filed_at      timestamptz      NULL,
    closed_at     timestamptz      NULL,
    due_at        timestamptz      NULL,
    stage_due_at  timestamptz      NULL,
    red_at        timestamptz      NULL,
    yellow_at     timestamptz      NULL,
    stopped_at    timestamptz      NULL,
    updated_at    timestamptz      NOT NULL,
    merged_into   text             NULL,
    stage_warn_at timestamptz      NULL,
    likely_duplicate_of text       NULL,
    due_estimated boolean          NOT NULL,
    stage_due_estimated boolean    NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_by_district ON cases (district_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_by_town ON cases (town_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_by_village ON cases (village_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_by_grid ON cases (grid_code, reported_at, id);
CREATE INDEX IF NOT EXISTS cases_open_by_grid ON cases (grid_code) WHERE status NOT IN ('Rejected', 'Closed', 'Evaluated', 'Merged');
CREATE INDEX IF NOT EXISTS cases_by_closed ON cases (closed_at, id) WHERE closed_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS cases_by_handler ON cases (handler) WHERE handler IS NOT NULL;

-- Who reads a case as a party (its reporters, the workers who held it, the departments it went
-- to): keys only grow, so a row once written stays.
CREATE TABLE IF NOT EXISTS case_parties
(
    party   text NOT NULL,
    case_id text NOT NULL,
    PRIMARY KEY (party, case_id)
);

-- The registers' audit trail: who read or changed which entries (ids, never names), when. A
-- change's line carries the register's own number for it, unique per grid, so the register can
-- append it again after a crash without it appearing twice; reads have none. Lines older than
-- the retention period are purged.
CREATE TABLE IF NOT EXISTS register_audit
(
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    grid_code  text NOT NULL,
    number     bigint NULL,
    at         timestamptz NOT NULL,
    actor_id   text NOT NULL,
    actor_role text NOT NULL,
    action     text NOT NULL,
    entry_ids  text NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS register_audit_numbered ON register_audit (grid_code, number) WHERE number IS NOT NULL;
CREATE INDEX IF NOT EXISTS register_audit_by_grid ON register_audit (grid_code, at);
CREATE INDEX IF NOT EXISTS register_audit_by_time ON register_audit (at);

-- Photos attached to cases, one row per SHA-256 of their bytes: the same photo sent twice, or
-- attached to two cases, is stored once. Cases name the hash in their history.
CREATE TABLE IF NOT EXISTS attachments
(
    hash       text PRIMARY KEY,
    media_type text NOT NULL,
    size       bigint NOT NULL,
    content    bytea NOT NULL,
    stored_at  timestamptz NOT NULL
);

-- One row per data upgrade finished on this database (see Storage/Upgrade), so a later start skips it.
CREATE TABLE IF NOT EXISTS upgrades
(
    name    text        PRIMARY KEY,
    done_at timestamptz NOT NULL DEFAULT now()
);

-- Where each reader of the log has got to: the last sequence number it finished with.
CREATE TABLE IF NOT EXISTS log_cursors
(
    name     text PRIMARY KEY,
    sequence bigint NOT NULL
);
