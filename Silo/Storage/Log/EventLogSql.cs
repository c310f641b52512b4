using System.Data.Common;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Silo.Storage.Cases;

namespace GridActors.Silo.Storage.Log;

/// <summary>The SQL both back ends share for the event log and the case rows, with what differs
/// between them passed in: the <see cref="CaseDialect"/>, and how JSON data is bound.</summary>
internal sealed class EventLogSql(CaseDialect dialect, string dataValue = "@data")
{
    public const string Columns = "sequence, stream, entity_id, version, type, command_id, actor_id, actor_role, actor_scope, at, data";

    public const string ReadStream = $"SELECT {Columns} FROM events WHERE stream = @stream AND entity_id = @entity_id ORDER BY version";

    /// <summary><see cref="PeriodReading"/> in SQL: the cases it leaves out found once, then joined by
    /// hash. Not <c>entity_id NOT IN (...)</c>: once that list outgrows PostgreSQL's work_mem it is scanned
    /// for every row, and 1.8 million events took over 30 s where the join takes under 2.</summary>
    public const string ReadForPeriod = $"""
        WITH settled (settled_id) AS (
            SELECT entity_id FROM events WHERE stream = @case AND type = @closed AND at < @from
            EXCEPT SELECT entity_id FROM events WHERE stream = @case AND at >= @from AND at < @to)
        SELECT {Columns} FROM events LEFT JOIN settled ON stream = @case AND entity_id = settled_id
        WHERE at < @to AND (at >= @from OR version = 1 OR settled_id IS NULL)
        ORDER BY sequence
        """;

    /// <summary>The parameters of <see cref="ReadForPeriod"/>.</summary>
    public void AddPeriod(DbCommand command, DateTimeOffset from, DateTimeOffset to)
    {
        Add(command, "from", dialect.Instant(from));
        Add(command, "to", dialect.Instant(to));
        Add(command, "case", LogStreams.Case);
        Add(command, "closed", PeriodReading.ClosedType);
    }

    /// <summary>Where a new reader of the log starts: after the last event stored.</summary>
    public const string LastSequence = "SELECT COALESCE(MAX(sequence), 0) FROM events";

    private static readonly string[] CaseColumns =
    [
        "id", "version", "status", "source", "category", "urgency", "title", "description", "grid_code", "village_code",
        "town_code", "district_code", "level", "handler", "reporter_id", "reporter_role", "latitude", "longitude", "address",
        "reported_at", "filed_at", "closed_at", "due_at", "stage_due_at", "red_at", "yellow_at", "stopped_at", "updated_at", "merged_into",
        "stage_warn_at", "likely_duplicate_of", "due_estimated", "stage_due_estimated",
    ];

    private static readonly string CaseValues = string.Join(", ", CaseColumns.Select(c => "@c_" + c));

    /// <summary>A case's row is never moved back to an older version.</summary>
    private static readonly string CaseConflict =
        $"ON CONFLICT (id) DO UPDATE SET {string.Join(", ", CaseColumns.Skip(1).Select(c => $"{c} = excluded.{c}"))} WHERE cases.version < excluded.version";

    /// <summary>Inserts the event unless its version is taken: no row affected means another writer had it.</summary>
    public string InsertEvent => $"""
        INSERT INTO events (stream, entity_id, version, type, command_id, actor_id, actor_role, actor_scope, at, data)
        VALUES (@stream, @entity_id, @version, @type, @command_id, @actor_id, @actor_role, @actor_scope, @at, {dataValue})
        ON CONFLICT (stream, entity_id, version) DO NOTHING
        """;

    /// <summary>The case's row, never moved back to an older version, and its party keys (which only grow).</summary>
    public static string UpsertCase(CaseRecord row) =>
        $"INSERT INTO cases ({string.Join(", ", CaseColumns)}) VALUES ({CaseValues}) {CaseConflict};"
        + string.Concat(row.Parties.Select((_, i) => $"\nINSERT INTO case_parties (party, case_id) VALUES (@c_party{i}, @c_id) ON CONFLICT (party, case_id) DO NOTHING;"));

    /// <summary>The event and, only if it was appended, its case row, in one statement that answers the
    /// event's sequence number, or no row when its version was taken. A conflict is thus an answer, not
    /// an error, and leaves the transaction it runs in going (PostgreSQL only: SQLite has no
    /// data-modifying WITH).</summary>
    public string AppendEvent(CaseRecord? row)
    {
        if (row is null) return InsertEvent + " RETURNING sequence";
        return $"WITH appended AS ({InsertEvent} RETURNING sequence), "
            + $"case_row AS (INSERT INTO cases ({string.Join(", ", CaseColumns)}) SELECT {CaseValues} FROM appended {CaseConflict})"
            + string.Concat(row.Parties.Select((_, i) => $", party{i} AS (INSERT INTO case_parties (party, case_id) SELECT @c_party{i}, @c_id FROM appended ON CONFLICT (party, case_id) DO NOTHING)"))
            + " SELECT sequence FROM appended";
    }

    public void AddEvent(DbCommand command, LoggedEvent e) => AddEvent(command.Parameters, command.CreateParameter, e);

    public void AddEvent(DbParameterCollection parameters, Func<DbParameter> create, LoggedEvent e)
    {
        object[] values = [e.Stream, e.EntityId, e.Version, e.Type, e.CommandId, e.By.Id, e.By.Role.ToString(), e.By.Scope, dialect.Instant(e.At), e.Data];
        string[] names = ["stream", "entity_id", "version", "type", "command_id", "actor_id", "actor_role", "actor_scope", "at", "data"];
        for (var i = 0; i < names.Length; i++) Add(parameters, create(), names[i], values[i]);
    }

    public void AddCase(DbCommand command, CaseRecord c) => AddCase(command.Parameters, command.CreateParameter, c);

    public void AddCase(DbParameterCollection parameters, Func<DbParameter> create, CaseRecord c)
    {
        object?[] values =
        [
            c.Id, c.Version, c.Status.ToString(), c.Source.ToString(), c.Category, c.Urgency.ToString(), c.Title, c.Description,
            c.GridCode, c.VillageCode, c.TownCode, c.DistrictCode, c.Level?.ToString(), c.Handler, c.ReporterId, c.ReporterRole.ToString(),
            c.Latitude, c.Longitude, c.Address, dialect.Instant(c.ReportedAt), Instant(c.FiledAt), Instant(c.ClosedAt), Instant(c.DueAt),
            Instant(c.StageDueAt), Instant(c.RedAt), Instant(c.YellowAt), Instant(c.StoppedAt), dialect.Instant(c.UpdatedAt), c.MergedInto,
            Instant(c.StageWarnAt), c.LikelyDuplicateOf is { Count: > 0 } ids ? string.Join(',', ids) : null, c.DueEstimated, c.StageDueEstimated,
        ];
        for (var i = 0; i < CaseColumns.Length; i++) Add(parameters, create(), "c_" + CaseColumns[i], values[i]);
        for (var i = 0; i < c.Parties.Count; i++) Add(parameters, create(), $"c_party{i}", c.Parties[i]);
    }

    public static void AddStream(DbCommand command, string stream, string entityId)
    {
        Add(command, "stream", stream);
        Add(command, "entity_id", entityId);
    }

    private const string Finished = "('Rejected', 'Closed', 'Evaluated', 'Merged')";

    /// <summary>A grid's open case rows and its finished cases counted, for its ledger.</summary>
    public async Task<GridCases> ReadGrid(DbConnection connection, string gridCode)
    {
        var open = new List<CaseRecord>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT {string.Join(", ", CaseColumns)} FROM cases WHERE grid_code = @grid AND status NOT IN {Finished}";
            Add(command, "grid", gridCode);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) open.Add(ReadCase(reader));
        }
        var finished = new List<FinishedCases>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT status, level, count(*) FROM cases WHERE grid_code = @grid AND status IN {Finished} GROUP BY status, level";
            Add(command, "grid", gridCode);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                finished.Add(new FinishedCases(Enum.Parse<IncidentStatus>(reader.GetString(0)), Parse<HandlingLevel>(reader, 1), (int)reader.GetInt64(2)));
        }
        return new GridCases(open, finished);
    }

    /// <summary>The case columns, each as <c>c.name</c>, for queries that name the table <c>c</c>.</summary>
    public static readonly string QualifiedCaseColumns = string.Join(", ", CaseColumns.Select(c => "c." + c));

    private CaseRecord ReadCase(DbDataReader r) => ReadCase(r, dialect);

    /// <summary>A row read with the columns in <see cref="CaseColumns"/> order. Party keys are not read back.</summary>
    public static CaseRecord ReadCase(DbDataReader r, CaseDialect dialect)
    {
        DateTimeOffset? Instant(int i) => r.IsDBNull(i) ? null : dialect.ReadInstant(r, i);
        return new(
            r.GetString(0), r.GetInt64(1), Enum.Parse<IncidentStatus>(r.GetString(2)), Enum.Parse<IncidentSource>(r.GetString(3)),
            r.GetString(4), Enum.Parse<Urgency>(r.GetString(5)), r.GetString(6), Text(r, 7), r.GetString(8), r.GetString(9),
            r.GetString(10), r.GetString(11), Parse<HandlingLevel>(r, 12), Text(r, 13), r.GetString(14), Enum.Parse<Role>(r.GetString(15)),
            Number(r, 16), Number(r, 17), Text(r, 18), dialect.ReadInstant(r, 19), Instant(20), Instant(21), Instant(22),
            Instant(23), Instant(24), Instant(25), Instant(26), dialect.ReadInstant(r, 27), Text(r, 28), [],
            Instant(29), Text(r, 30)?.Split(','), r.GetBoolean(31), r.GetBoolean(32));
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? Number(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static T? Parse<T>(DbDataReader r, int i) where T : struct, Enum => r.IsDBNull(i) ? null : Enum.Parse<T>(r.GetString(i));

    public LoggedEvent Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetString(4), r.GetString(5),
        new Actor(r.GetString(6), Enum.Parse<Role>(r.GetString(7)), r.GetString(8)), dialect.ReadInstant(r, 9), r.GetString(10));

    private object Instant(DateTimeOffset? t) => t is { } value ? dialect.Instant(value) : DBNull.Value;

    public static void Add(DbCommand command, string name, object? value) => Add(command.Parameters, command.CreateParameter(), name, value);

    private static void Add(DbParameterCollection parameters, DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameters.Add(parameter);
    }
}
