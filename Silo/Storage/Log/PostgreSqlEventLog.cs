using System.Collections.Concurrent;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Registers;
using GridActors.Silo.Storage.Cases;
using Npgsql;

namespace GridActors.Silo.Storage.Log;

/// <summary>The event log in PostgreSQL: each append is one transaction of one round trip for the
/// statements, one for the commit.</summary>
public sealed class PostgreSqlEventLog(NpgsqlDataSource database) : IEventLog, IGridCases
{
    internal static readonly EventLogSql Sql = new EventLogSql(PostgreSqlCaseDialect.Instance, "@data::jsonb");

    /// <summary>Gaps in the sequence seen by <see cref="ReadAfter"/>, with the snapshot's xmax when first seen.</summary>
    private readonly ConcurrentDictionary<long, ulong> gaps = new();

    public async Task<bool> Append(LoggedEvent logged, CaseRecord? row = null)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        // The transaction takes its id before its sequence number: see ReadAfter.
        command.CommandText = $"SELECT pg_current_xact_id();\n{Sql.InsertEvent} RETURNING sequence;"
            + (row is null ? "" : "\n" + EventLogSql.UpsertCase(row));
        Sql.AddEvent(command, logged);
        if (row is not null) Sql.AddCase(command, row);
        bool appended;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.NextResultAsync();
            appended = await reader.ReadAsync();
        }
        if (!appended)
        {
            await transaction.RollbackAsync();
            return false;
        }
        await transaction.CommitAsync();
        return true;
    }

    public async Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId)
    {
        await using var command = database.CreateCommand(EventLogSql.ReadStream);
        EventLogSql.AddStream(command, stream, entityId);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<LoggedEvent>();
        while (await reader.ReadAsync()) events.Add(Sql.Read(reader));
        return events;
    }

    /// <summary>The registers' audit trail in the same database.</summary>
    public IRegisterAudit RegisterAudit() => new RegisterAuditStore(
        async work =>
        {
            await using var connection = await database.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var result = await work(connection, transaction);
            await transaction.CommitAsync();
            return result;
        },
        async () => await database.OpenConnectionAsync(),
        PostgreSqlCaseDialect.Instance);

    public async Task<GridCases> Read(string gridCode)
    {
        await using var connection = await database.OpenConnectionAsync();
        return await Sql.ReadGrid(connection, gridCode);
    }

    /// <summary>Sequence numbers are taken when a transaction inserts and seen when it commits, so a
    /// later number can be seen first. Events are handed out only up to the first gap that may still
    /// fill. A gap is the number of a transaction that was running (or rolled back) at the snapshot
    /// that saw past it, whose id, taken before the number, is then below that snapshot's xmax; once
    /// every transaction below that xmax has ended (a later snapshot's xmin has reached it) and the
    /// number is still missing, it never comes, and the reader steps over it.</summary>
    public async Task<long> LastSequence()
    {
        await using var command = database.CreateCommand(EventLogSql.LastSequence);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<LoggedEvent>> ReadAfter(long sequence, int limit)
    {
        // One statement, so the rows and the snapshot's bounds are of the same snapshot.
        await using var command = database.CreateCommand(
            $"SELECT {EventLogSql.Columns}, pg_snapshot_xmin(pg_current_snapshot())::text, pg_snapshot_xmax(pg_current_snapshot())::text "
            + "FROM events WHERE sequence > @after ORDER BY sequence LIMIT @limit");
        EventLogSql.Add(command, "after", sequence);
        EventLogSql.Add(command, "limit", limit);
        await using var reader = await command.ExecuteReaderAsync();
        var events = new List<LoggedEvent>();
        var expected = sequence + 1;
        while (await reader.ReadAsync())
        {
            var e = Sql.Read(reader);
            var (xmin, xmax) = (ulong.Parse(reader.GetString(11)), ulong.Parse(reader.GetString(12)));
            for (; expected < e.Sequence; expected++)
                if (!GapClosed(expected, xmin, xmax)) return events;
            events.Add(e);
            // A number once missing that came after all is no gap any more.
            gaps.TryRemove(e.Sequence, out _);
            expected = e.Sequence + 1;
        }
        return events;
    }

    private bool GapClosed(long gap, ulong xmin, ulong xmax)
    {
        if (xmin < gaps.GetOrAdd(gap, xmax)) return false;
        gaps.TryRemove(gap, out _);
        return true;
    }
}
