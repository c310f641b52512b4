using GridActors.Silo.Storage;
using Npgsql;

namespace GridActors.Tests.Storage;

/// <summary>
/// A new database <c>gridactors_test_…</c> on the PostgreSQL named by GRIDACTORS_TEST_POSTGRES
/// (default: the local socket as the current OS user), dropped after the test class.
/// </summary>
public sealed class PostgreSqlDatabase : IStorageDatabase, IAsyncLifetime
{
    static readonly string Server = Environment.GetEnvironmentVariable("GRIDACTORS_TEST_POSTGRES") is { Length: > 0 } given
        ? given
        : $"Host=/var/run/postgresql;Username={Environment.UserName}";

    readonly string name = $"gridactors_test_{Guid.NewGuid():N}"[..32];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["GridActors:Storage:Backend"] = "PostgreSql",
        ["GridActors:Storage:ConnectionString"] = ConnectionString,
    };

    public IReadOnlySet<string> ExpectedQueryKeys { get; } =
        QueryKeys.Storage.Concat(QueryKeys.Reminders).Concat(QueryKeys.Clustering).ToHashSet();

    public async Task InitializeAsync()
    {
        try
        {
            await OnServerAsync($"CREATE DATABASE {name}");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"These tests need PostgreSQL at '{Server}' (set GRIDACTORS_TEST_POSTGRES to change it; " +
                "`bash tests/postgres-up.sh` starts the local one): " + e.Message, e);
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await OnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

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

    async Task OnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
