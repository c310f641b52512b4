using System.Data.Common;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Silo.Storage.Cases;
using GridActors.Tests.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GridActors.Tests.Cases;

/// <summary>A fresh database of one back end with the schema applied, its case table, and a way to
/// write rows straight into it.</summary>
public abstract class CaseDatabase(CaseDialect dialect) : IAsyncLifetime
{
    public abstract ICaseTable Table { get; }

    protected abstract Task<DbConnection> OpenAsync();

    protected abstract Task CreateAsync();

    public abstract Task DisposeAsync();

    public async Task InitializeAsync() => await CreateAsync();

    public async Task PutAsync(IEnumerable<CaseRecord> rows)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var row in rows) await CaseRows.PutAsync(connection, dialect, row);
        await transaction.CommitAsync();
    }

    public Task PutAsync(params CaseRecord[] rows) => PutAsync(rows.AsEnumerable());
}

public sealed class SqliteCaseDatabase() : CaseDatabase(SqliteCaseDialect.Instance)
{
    readonly SqliteDatabase database = new();

    public override ICaseTable Table => new SqliteCaseTable(database.ConnectionString);

    protected override async Task CreateAsync()
    {
        await database.InitializeAsync();
        await database.ApplySchemaAsync();
    }

    public override Task DisposeAsync() => database.DisposeAsync();

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

public sealed class PostgreSqlCaseDatabase() : CaseDatabase(PostgreSqlCaseDialect.Instance)
{
    readonly PostgreSqlDatabase database = new();
    NpgsqlDataSource? source;

    public override ICaseTable Table => new PostgreSqlCaseTable(source!);

    protected override async Task CreateAsync()
    {
        await database.InitializeAsync();
        await database.ApplySchemaAsync();
        source = NpgsqlDataSource.Create(database.ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        await source!.DisposeAsync();
        await database.DisposeAsync();
    }

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
