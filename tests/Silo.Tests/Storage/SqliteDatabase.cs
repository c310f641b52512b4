using GridActors.Silo.Storage;
using Microsoft.Data.Sqlite;

namespace GridActors.Tests.Storage;

/// <summary>A SQLite file in a fresh temporary folder, removed after the test class.</summary>
public sealed class SqliteDatabase : IStorageDatabase, IAsyncLifetime
{
    // A folder that does not exist yet: the installer must create it, as on a first run.
    readonly string folder = Path.Combine(Path.GetTempPath(), $"gridactors-test-{Guid.NewGuid():N}");

    public string DatabaseFile => Path.Combine(folder, "data", "gridactors.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabaseFile }.ConnectionString;

    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["GridActors:Storage:Backend"] = "Embedded",
        ["GridActors:Storage:DatabasePath"] = DatabaseFile,
        // The silo seeds the demo district on the embedded default; these tests count their own rows.
        ["GridActors:Demo:Seed"] = "false",
    };

    public IReadOnlySet<string> ExpectedQueryKeys { get; } = QueryKeys.Storage.Concat(QueryKeys.Reminders).ToHashSet();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    public Task ApplySchemaAsync() => SchemaInstaller.ApplyAsync(StorageBackend.Embedded, ConnectionString);

    public async Task<IReadOnlyList<string>> QueryKeysAsync() =>
        [.. (await QueryAsync("SELECT QueryKey FROM OrleansQuery")).Select(row => (string)row[0]!)];

    public Task<IReadOnlyList<object?[]>> QueryAsync(string sql) => Rows.ReadAsync(new SqliteConnection(ConnectionString), sql);

    public async Task<string> JournalModeAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
