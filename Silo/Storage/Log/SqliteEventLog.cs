using System.Threading.Channels;
using GridActors.Incidents;
using GridActors.Log;
using Microsoft.Data.Sqlite;

namespace GridActors.Silo.Storage.Log;

/// <summary>The event log in the embedded SQLite file. Microsoft.Data.Sqlite is synchronous, so one
/// dedicated thread does every append: it takes all the appends waiting and commits them in one
/// transaction (group commit: one sync for the lot), and no pool thread ever waits on the disk.
/// Reads use their own connections beside it (WAL). Being the only writer, it hands out sequence
/// numbers in commit order.</summary>
public sealed class SqliteEventLog : IEventLog, IDisposable
{
    /// <summary>The most appends one transaction takes; more wait for the next.</summary>
    private const int MostPerCommit = 512;

    internal static readonly EventLogSql Sql = new(t => ToMicroseconds(t), (r, i) => FromMicroseconds(r.GetInt64(i)));

    private readonly string connectionString;
    private readonly Channel<Pending> waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread writer;

    public SqliteEventLog(string connectionString)
    {
        this.connectionString = connectionString;
        writer = new Thread(WriteAll) { IsBackground = true, Name = "event log writer" };
        writer.Start();
    }

    public Task<bool> Append(LoggedEvent logged, CaseRecord? row = null)
    {
        var pending = new Pending(logged, row);
        if (!waiting.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SqliteEventLog));
        return pending.Done.Task;
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
        var batch = new List<Pending>(MostPerCommit);
        while (waiting.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MostPerCommit && waiting.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                if (connection is null)
                {
                    connection = new SqliteConnection(connectionString);
                    connection.Open();
                }
                Commit(connection, batch);
            }
            catch (Exception e)
            {
                // None of the batch was stored: each caller hears so, and the next batch starts on a fresh connection.
                foreach (var pending in batch) pending.Done.TrySetException(e);
                connection?.Dispose();
                connection = null;
            }
            batch.Clear();
        }
        connection?.Dispose();
    }

    /// <summary>One transaction for the batch; an append whose version is taken is answered false and
    /// the rest still go. Should the transaction fail, it throws and every append in it fails.</summary>
    private static void Commit(SqliteConnection connection, List<Pending> batch)
    {
        var outcomes = new bool[batch.Count];
        using (var transaction = connection.BeginTransaction())
        {
            for (var i = 0; i < batch.Count; i++) outcomes[i] = Write(connection, transaction, batch[i]);
            transaction.Commit();
        }
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
    }

    private static bool Write(SqliteConnection connection, SqliteTransaction transaction, Pending pending)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Sql.InsertEvent;
        Sql.AddEvent(insert, pending.Event);
        if (insert.ExecuteNonQuery() == 0) return false;
        if (pending.Row is not { } row) return true;
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = EventLogSql.UpsertCase(row);
        Sql.AddCase(upsert, row);
        upsert.ExecuteNonQuery();
        return true;
    }

    public void Dispose()
    {
        waiting.Writer.TryComplete();
        writer.Join();
    }

    internal static long ToMicroseconds(DateTimeOffset t) => (t.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    internal static DateTimeOffset FromMicroseconds(long microseconds) => new(DateTime.UnixEpoch.Ticks + microseconds * 10, TimeSpan.Zero);

    private sealed record Pending(LoggedEvent Event, CaseRecord? Row)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
