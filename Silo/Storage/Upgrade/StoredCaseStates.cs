using System.Data.Common;
using System.Runtime.CompilerServices;
using GridActors.Silo.Storage.Log;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GridActors.Silo.Storage.Upgrade;

/// <summary>The incident grain's rows in Orleans' grain state table, as the release before the event
/// log wrote them, and the record of which upgrades a database has had.</summary>
public sealed class StoredCaseStates(StorageBackend backend, string connectionString)
{
    /// <summary>The state name the incident grain stored its file under: <c>[PersistentState("incident", …)]</c>.</summary>
    public const string IncidentStateName = "incident";

    // Not the schema installer's key: the upgrade runs after the schema, on another connection.
    private const long PostgreSqlLockKey = 0x47726964_55706772; // "GridUpgr"

    /// <summary>Every stored case file of one service, as the serializer wrote it.</summary>
    public async IAsyncEnumerable<byte[]> Read(string serviceId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await Open(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT PayloadBinary FROM GrainState
            WHERE ServiceId = @service AND GrainTypeString = @type AND PayloadBinary IS NOT NULL
            """;
        EventLogSql.Add(command, "service", serviceId);
        EventLogSql.Add(command, "type", IncidentStateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return (byte[])reader.GetValue(0);
    }

    /// <summary>Starts an upgrade: on PostgreSQL it waits for any other silo doing the same, so the
    /// second finds the first's work done.</summary>
    public async Task<Once> Begin(string name, CancellationToken cancellationToken)
    {
        var connection = await Open(cancellationToken);
        // The embedded shape is one process; a transaction there would hold off the log's writer.
        DbTransaction? transaction = null;
        if (backend == StorageBackend.PostgreSql)
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var lockCommand = connection.CreateCommand();
            lockCommand.Transaction = transaction;
            lockCommand.CommandText = $"SELECT pg_advisory_xact_lock({PostgreSqlLockKey})";
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM upgrades WHERE name = @name";
        EventLogSql.Add(command, "name", name);
        var done = System.Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
        return new Once(name, connection, transaction, done);
    }

    private async Task<DbConnection> Open(CancellationToken cancellationToken)
    {
        DbConnection connection = backend == StorageBackend.PostgreSql
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }


    /// <summary>One upgrade under way; <see cref="Finish"/> records it done. Disposing without
    /// finishing leaves it to the next start.</summary>
    public sealed class Once(string name, DbConnection connection, DbTransaction? transaction, bool done) : IAsyncDisposable
    {
        public bool Done => done;

        public async Task Finish(CancellationToken cancellationToken)
        {
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO upgrades (name) VALUES (@name) ON CONFLICT DO NOTHING";
                EventLogSql.Add(command, "name", name);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (transaction is not null) await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
