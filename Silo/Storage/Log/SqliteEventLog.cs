using GridActors.Incidents;
using GridActors.Log;
using GridActors.Registers;
using GridActors.Silo.Storage.Cases;
using Microsoft.Data.Sqlite;

namespace GridActors.Silo.Storage.Log;

/// <summary>The event log in the embedded SQLite file. Microsoft.Data.Sqlite is synchronous, so one
/// dedicated thread does every append: it takes all the appends waiting and commits them in one
/// transaction (group commit: one sync for the lot), and no pool thread waits on a sync. Reads use
/// their own connections beside it (WAL); they are short indexed reads from the page cache, done on
/// the caller's thread. Being the only writer, it hands out sequence numbers in commit order.</summary>
public sealed class SqliteEventLog : IEventLog, IGridCases, IDisposable
{
    /// <summary>The most appends one transaction takes; more wait for the next.</summary>
    private const int MostPerCommit = 512;

    internal static readonly EventLogSql Sql = new(SqliteCaseDialect.Instance);

    private readonly string connectionString;
    private readonly GroupCommit<Job> waiting = new(MostPerCommit, writers: 1);
    private readonly Thread writer;

    public SqliteEventLog(string connectionString)
    {
        this.connectionString = connectionString;
        writer = new Thread(WriteAll) { IsBackground = true, Name = "event log writer" };
        writer.Start();
    }

    public Task<bool> Append(LoggedEvent logged, CaseRecord? row = null) =>
        Write((connection, transaction) => Write(connection, transaction, logged, row));

    /// <summary>Any other write of the embedded store, done by the same writer in its next commit, so
    /// the file has one writer and no pool thread waits on it. The work must not commit itself.</summary>
    public Task<T> Write<T>(Func<SqliteConnection, SqliteTransaction, T> work)
    {
        var job = new Job<T>(work);
        waiting.Add(job);
        return job.Done.Task;
    }

    public Task<IReadOnlyList<LoggedEvent>> Read(string stream, string entityId) =>
        Query(EventLogSql.ReadStream, c => EventLogSql.AddStream(c, stream, entityId));

    /// <summary>One writer commits in sequence order, so nothing can still appear below the last number read.</summary>
    public Task<IReadOnlyList<LoggedEvent>> ReadAfter(long sequence, int limit) =>
        Query($"SELECT {EventLogSql.Columns} FROM events WHERE sequence > @after ORDER BY sequence LIMIT @limit", c =>
        {
            EventLogSql.Add(c, "after", sequence);
            EventLogSql.Add(c, "limit", limit);
        });

    public Task<IReadOnlyList<LoggedEvent>> ReadForPeriod(DateTimeOffset from, DateTimeOffset to) =>
        Query(EventLogSql.ReadForPeriod, c => Sql.AddPeriod(c, from, to));

    public async Task<GridCases> Read(string gridCode)
    {
        await using var connection = new SqliteConnection(connectionString);
        connection.Open();
        return await Sql.ReadGrid(connection, gridCode);
    }

    public Task<long> LastSequence()
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = EventLogSql.LastSequence;
        return Task.FromResult(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<IReadOnlyList<LoggedEvent>> Query(string sql, Action<SqliteCommand> parameters)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters(command);
        using var reader = command.ExecuteReader();
        var events = new List<LoggedEvent>();
        while (reader.Read()) events.Add(Sql.Read(reader));
        return Task.FromResult<IReadOnlyList<LoggedEvent>>(events);
    }

    private void WriteAll()
    {
        SqliteConnection? connection = null;
        waiting.WriteAll(
            batch =>
            {
                if (connection is null)
                {
                    connection = new SqliteConnection(connectionString);
                    connection.Open();
                }
                Commit(connection, batch);
                return ValueTask.CompletedTask;
            },
            // The next batch starts on a fresh connection.
            _ =>
            {
                connection?.Dispose();
                connection = null;
            },
            blocking: true).GetAwaiter().GetResult();
        connection?.Dispose();
    }

    /// <summary>One transaction for the batch; an append whose version is taken is answered false and
    /// the rest still go. A job that fails is rolled back to its savepoint and fails alone; should the
    /// transaction itself fail, it throws and every job in it fails.</summary>
    private static void Commit(SqliteConnection connection, IReadOnlyList<Job> batch)
    {
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var job in batch)
            {
                transaction.Save("job");
                try
                {
                    job.Run(connection, transaction);
                    transaction.Release("job");
                }
                catch (SqliteException e)
                {
                    transaction.Rollback("job");
                    transaction.Release("job");
                    job.Fail(e);
                }
            }
            transaction.Commit();
        }
        foreach (var job in batch) job.Complete();
    }

    private static bool Write(SqliteConnection connection, SqliteTransaction transaction, LoggedEvent logged, CaseRecord? caseRow)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Sql.InsertEvent;
        Sql.AddEvent(insert, logged);
        if (insert.ExecuteNonQuery() == 0) return false;
        if (caseRow is not { } row) return true;
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = EventLogSql.UpsertCase(row);
        Sql.AddCase(upsert, row);
        upsert.ExecuteNonQuery();
        return true;
    }

    public void Dispose()
    {
        waiting.Close();
        writer.Join();
    }

    /// <summary>The registers' audit trail in the same file, written by the same writer.</summary>
    public IRegisterAudit RegisterAudit() => new RegisterAuditStore(
        work => Write((connection, transaction) => work(connection, transaction).GetAwaiter().GetResult()),
        async () =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            return connection;
        },
        SqliteCaseDialect.Instance);

    private abstract class Job : IGroupedWrite
    {
        public abstract void Run(SqliteConnection connection, SqliteTransaction transaction);
        public abstract void Complete();
        public abstract void Fail(Exception e);
    }

    /// <summary>Its outcome is told only once the batch has committed.</summary>
    private sealed class Job<T>(Func<SqliteConnection, SqliteTransaction, T> work) : Job
    {
        private T outcome = default!;

        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Run(SqliteConnection connection, SqliteTransaction transaction) => outcome = work(connection, transaction);

        /// <summary>No effect on a job that failed alone.</summary>
        public override void Complete() => Done.TrySetResult(outcome);

        public override void Fail(Exception e) => Done.TrySetException(e);
    }
}
