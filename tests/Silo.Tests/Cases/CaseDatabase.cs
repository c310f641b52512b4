using GridActors.Incidents;
using GridActors.Log;
using GridActors.Silo.Storage;
using GridActors.Silo.Storage.Cases;
using GridActors.Silo.Storage.Log;
using GridActors.Tests.Storage;
using Npgsql;

namespace GridActors.Tests.Cases;

/// <summary>A fresh database of one back end with the schema applied, its case table, and a way to
/// write rows through its event log.</summary>
public abstract class CaseDatabase : IAsyncLifetime
{
    public abstract ICaseTable Table { get; }

    protected abstract IEventLog Log { get; }

    protected abstract Task CreateAsync();

    public abstract Task DisposeAsync();

    public async Task InitializeAsync() => await CreateAsync();

    public Task PutAsync(IEnumerable<CaseRecord> rows) => Log.PutAsync(rows);

    public Task PutAsync(params CaseRecord[] rows) => PutAsync(rows.AsEnumerable());
}

public sealed class SqliteCaseDatabase : CaseDatabase
{
    readonly SqliteDatabase database = new();
    SqliteEventLog? log;

    public override ICaseTable Table => new SqliteCaseTable(database.ConnectionString);

    protected override IEventLog Log => log!;

    protected override async Task CreateAsync()
    {
        await database.InitializeAsync();
        await database.ApplySchemaAsync();
        log = new SqliteEventLog(database.ConnectionString);
    }

    public override Task DisposeAsync()
    {
        log!.Dispose();
        return database.DisposeAsync();
    }
}

public sealed class PostgreSqlCaseDatabase : CaseDatabase
{
    readonly PostgreSqlDatabase database = new();
    NpgsqlDataSource? source;
    PostgreSqlEventLog? log;

    public override ICaseTable Table => new PostgreSqlCaseTable(source!);

    protected override IEventLog Log => log!;

    protected override async Task CreateAsync()
    {
        await database.InitializeAsync();
        await database.ApplySchemaAsync();
        // The silo's tuning, with a small pool: a thousand appends at once must not take the server's every connection.
        source = NpgsqlDataSource.Create(PostgreSqlConnectionString.Tune(database.ConnectionString + ";Maximum Pool Size=10"));
        log = new PostgreSqlEventLog(source);
    }

    public override async Task DisposeAsync()
    {
        log!.Dispose();
        await source!.DisposeAsync();
        await database.DisposeAsync();
    }
}
