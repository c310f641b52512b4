using System.Data.Common;
using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Silo.Storage.Log;

/// <summary>Makes the <c>cases</c> and <c>case_parties</c> tables again from the log: every case's
/// events replayed as its grain replays them, its row written as its last event wrote it. One
/// transaction, so a reader sees the old table or the new one. Run at start-up, before any grain
/// appends.</summary>
internal sealed class CaseTableRebuild(Func<DbConnection> connect, EventLogSql sql)
{
    public static CaseTableRebuild For(StorageBackend backend, string connectionString) => backend == StorageBackend.PostgreSql
        ? new(() => new Npgsql.NpgsqlConnection(connectionString), PostgreSqlEventLog.Sql)
        : new(() => new Microsoft.Data.Sqlite.SqliteConnection(connectionString), SqliteEventLog.Sql);

    /// <summary>The number of cases rebuilt.</summary>
    public async Task<int> Run(CancellationToken cancellation = default)
    {
        await using var writing = connect();
        await writing.OpenAsync(cancellation);
        await using var transaction = await writing.BeginTransactionAsync(cancellation);
        await Execute(writing, transaction, "DELETE FROM case_parties; DELETE FROM cases;", cancellation);
        var rebuilt = 0;
        await foreach (var events in Cases(cancellation))
        {
            var row = CaseRows.Of(CaseReplay.State(events[0].EntityId, events));
            await using var upsert = writing.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = EventLogSql.UpsertCase(row);
            sql.AddCase(upsert, row);
            await upsert.ExecuteNonQueryAsync(cancellation);
            rebuilt++;
        }
        await transaction.CommitAsync(cancellation);
        return rebuilt;
    }

    /// <summary>Each case's events in version order, read on a connection of their own beside the writing one.</summary>
    private async IAsyncEnumerable<List<LoggedEvent>> Cases([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        await using var reading = connect();
        await reading.OpenAsync(cancellation);
        await using var command = reading.CreateCommand();
        command.CommandText = $"SELECT {EventLogSql.Columns} FROM events WHERE stream = @stream ORDER BY entity_id, version";
        EventLogSql.Add(command, "stream", LogStreams.Case);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var current = new List<LoggedEvent>();
        while (await reader.ReadAsync(cancellation))
        {
            var e = sql.Read(reader);
            if (current.Count > 0 && current[0].EntityId != e.EntityId)
            {
                yield return current;
                current = [];
            }
            current.Add(e);
        }
        if (current.Count > 0) yield return current;
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string text, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
