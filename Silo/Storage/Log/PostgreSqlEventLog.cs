using System.Collections.Concurrent;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Registers;
using GridActors.Silo.Storage.Cases;
using Npgsql;

namespace GridActors.Silo.Storage.Log;

/// <summary>The event log in PostgreSQL. Appends waiting at the same time go in one transaction of
/// one round trip (group commit): a writer sends them as one batch, each its own statement, which
/// PostgreSQL runs in one implicit transaction committed at the batch's end. A few writers take
/// turns, so that one batch is built and sent while another runs in the server (one connection runs
/// on one of the server's cores).</summary>
public sealed class PostgreSqlEventLog : IEventLog, IGridCases, IDisposable
{
    /// <summary>The most appends one transaction takes; more wait for the next.</summary>
    private const int MostPerCommit = 256;

    /// <summary>Batches in flight at once: on two cores, appends alone ran at 0.52–0.56× the raw
    /// insert loop with one writer, 0.53–0.72× with two, 0.65–0.85× with four (same runs).</summary>
    public const int Writers = 4;

    internal static readonly EventLogSql Sql = new EventLogSql(PostgreSqlCaseDialect.Instance, "@data::jsonb");

    private readonly NpgsqlDataSource database;
    private readonly GroupCommit<QueuedAppend> waiting = new(MostPerCommit, Writers);
    private readonly Task[] writers;

    /// <summary>Gaps in the sequence seen by <see cref="ReadAfter"/>, with the snapshot's xmax when first seen.</summary>
    private readonly ConcurrentDictionary<long, ulong> gaps = new();

    public PostgreSqlEventLog(NpgsqlDataSource database)
    {
        this.database = database;
        writers = [.. Enumerable.Range(0, Writers).Select(_ => Task.Run(() => waiting.WriteAll(Commit, _ => { }, blocking: false)))];
    }

    /// <summary>True once the event (and its case row) is committed; false if its version was taken.</summary>
    public Task<bool> Append(LoggedEvent logged, CaseRecord? row = null)
    {
        var append = new QueuedAppend(logged, row);
        waiting.Add(append);
        return append.Done.Task;
    }

    /// <summary>The batch in one transaction. A conflict is an answer of its statement and the rest go
    /// on; any error aborts the transaction, so nothing of the batch was stored. A statement's error
    /// (severity ERROR: bad data) is one append's own, and the batch goes again one append at a time,
    /// so that only the append at fault fails; any other failure (the connection lost or ended, where
    /// the commit may even have happened) fails the whole batch, and no append is tried twice.</summary>
    private async ValueTask Commit(IReadOnlyList<QueuedAppend> batch)
    {
        try
        {
            await CommitTogether(batch);
        }
        catch (PostgresException refused) when (batch.Count > 1 && refused.InvariantSeverity == "ERROR")
        {
            foreach (var append in batch)
            {
                try
                {
                    await CommitTogether([append]);
                }
                catch (Exception e)
                {
                    append.Fail(e);
                }
            }
        }
    }

    private async Task CommitTogether(IReadOnlyList<QueuedAppend> batch)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var statements = new NpgsqlBatch(connection);
        // The transaction takes its id before its sequence numbers: see ReadAfter.
        statements.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_current_xact_id()"));
        foreach (var append in batch) statements.BatchCommands.Add(append.Statement());
        var appended = new bool[batch.Count];
        await using (var reader = await statements.ExecuteReaderAsync())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                await reader.NextResultAsync();
                appended[i] = await reader.ReadAsync();
            }
            // Read to the end: the commit's outcome comes last.
            while (await reader.NextResultAsync()) { }
        }
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(appended[i]);
    }

    public void Dispose()
    {
        waiting.Close();
        Task.WhenAll(writers).GetAwaiter().GetResult();
    }

    public async Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId)
    {
        await using var command = database.CreateCommand(EventLogSql.ReadStream);
        EventLogSql.AddStream(command, stream, entityId);
        return await ReadAll(command);
    }

    public async Task<IReadOnlyList<LoggedEvent>> ReadForPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        await using var command = database.CreateCommand(EventLogSql.ReadForPeriod);
        Sql.AddPeriod(command, from, to);
        return await ReadAll(command);
    }

    private static async Task<IReadOnlyList<LoggedEvent>> ReadAll(NpgsqlCommand command)
    {
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

    /// <summary>An append waiting for its batch; its outcome is told only once the batch has committed.</summary>
    private sealed class QueuedAppend(LoggedEvent logged, CaseRecord? row) : IGroupedWrite
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public NpgsqlBatchCommand Statement()
        {
            var statement = new NpgsqlBatchCommand(Sql.AppendEvent(row));
            Sql.AddEvent(statement.Parameters, statement.CreateParameter, logged);
            if (row is not null) Sql.AddCase(statement.Parameters, statement.CreateParameter, row);
            return statement;
        }

        public void Fail(Exception e) => Done.TrySetException(e);
    }
}
