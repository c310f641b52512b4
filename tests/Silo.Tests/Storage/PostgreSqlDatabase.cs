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

    public async Task<IReadOnlyList<string>> QueryKeysAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        return keys;
    }
}
