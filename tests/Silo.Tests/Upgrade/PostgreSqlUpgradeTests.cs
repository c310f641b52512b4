using System.Data.Common;
using GridActors.Silo.Storage;
using Npgsql;

namespace GridActors.Tests.Upgrade;

/// <summary>PostgreSQL: the previous release's database, loaded from its dump into a fresh database
/// for each test.</summary>
public sealed class PostgreSqlUpgradeTests() : UpgradeContract(RecordedRelease.Load("release-0248a5a.sql.json"))
{
    private readonly List<TestPostgres> databases = [];

    protected override StorageBackend Backend => StorageBackend.PostgreSql;

    protected override async Task<string> Restore()
    {
        var database = new TestPostgres("gridactors_upgrade");
        await database.CreateAsync();
        databases.Add(database);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "release-0248a5a.sql")), connection);
        await command.ExecuteNonQueryAsync();
        return database.ConnectionString;
    }

    protected override IReadOnlyDictionary<string, string?> Storage(string connectionString) => new Dictionary<string, string?>
    {
        ["GridActors:Storage:Backend"] = "PostgreSql",
        ["GridActors:Storage:ConnectionString"] = connectionString,
    };

    protected override DbConnection Connect(string connectionString) => new NpgsqlConnection(connectionString);

    public override async Task DisposeAsync()
    {
        foreach (var database in databases) await database.DropAsync();
    }
}
