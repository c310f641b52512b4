using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GridActors.Silo.Storage;

/// <summary>
/// Applies the project's own ADO.NET schema (Schema/*.sql, embedded in this assembly). The
/// scripts are idempotent, so this runs at every start-up; it is serialized so that several
/// silos starting against one database do not race on CREATE TABLE.
/// </summary>
public static class SchemaInstaller
{
    // Any constant works, as long as nothing else on the server takes the same advisory lock.
    const long PostgreSqlLockKey = 0x47726964_41637472; // "GridActr"

    public static Task ApplyAsync(StorageBackend backend, string connectionString, CancellationToken cancellationToken = default) =>
        backend switch
        {
            StorageBackend.PostgreSql => ApplyToPostgreSqlAsync(connectionString, cancellationToken),
            StorageBackend.Embedded => ApplyToSqliteAsync(connectionString, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "No schema for this backend."),
        };

    static string Script(StorageBackend backend)
    {
        var name = backend == StorageBackend.PostgreSql ? "PostgreSql.sql" : "Sqlite.sql";
        var assembly = typeof(SchemaInstaller).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Schema." + name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }

    static async Task ApplyToPostgreSqlAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Held until commit: a second silo waits here, then finds everything already in place.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgreSqlLockKey})", cancellationToken);
        await ExecuteAsync(connection, transaction, Script(StorageBackend.PostgreSql), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    static async Task ApplyToSqliteAsync(string connectionString, CancellationToken cancellationToken)
    {
        // SQLite creates the database file on first open, but not the folder it goes in.
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder) Directory.CreateDirectory(folder);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // WAL lets readers run beside the one writer and multiplies write throughput; the mode is
        // stored in the file, and cannot be changed inside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        // BEGIN IMMEDIATE (the default here) takes the write lock up front: one installer at a time.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, Script(StorageBackend.Embedded), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
