using GridActors.Silo.Storage;
using Npgsql;

namespace GridActors.Tests.Storage;

/// <summary>
/// A new database <c>gridactors_test_…</c> on the test PostgreSQL, dropped after the test class.
/// </summary>
public sealed class PostgreSqlDatabase : IStorageDatabase, IAsyncLifetime
{
    readonly TestPostgres database = new("gridactors_test");

    public string ConnectionString => database.ConnectionString;

    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["GridActors:Storage:Backend"] = "PostgreSql",
        ["GridActors:Storage:ConnectionString"] = ConnectionString,
    };

    public IReadOnlySet<string> ExpectedQueryKeys { get; } =
        QueryKeys.Storage.Concat(QueryKeys.Reminders).Concat(QueryKeys.Clustering).ToHashSet();

    public Task InitializeAsync() => database.CreateAsync();

    public Task DisposeAsync() => database.DropAsync();

    public Task ApplySchemaAsync() => SchemaInstaller.ApplyAsync(StorageBackend.PostgreSql, ConnectionString);

    public async Task<IReadOnlyList<string>> QueryKeysAsync() =>
        [.. (await QueryAsync("SELECT QueryKey FROM OrleansQuery")).Select(row => (string)row[0]!)];

    public Task<IReadOnlyList<object?[]>> QueryAsync(string sql) => Rows.ReadAsync(new NpgsqlConnection(ConnectionString), sql);
}
