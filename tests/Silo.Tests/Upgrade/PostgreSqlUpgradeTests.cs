using System.Data.Common;
using GridActors.Silo.Storage;
using GridActors.Silo.Storage.Upgrade;
using Npgsql;

namespace GridActors.Tests.Upgrade;

/// <summary>PostgreSQL: the previous release's database, loaded from its dump into a fresh database
/// for each test.</summary>
public sealed class PostgreSqlUpgradeTests() : UpgradeContract(Recorded)
{
    private static readonly RecordedRelease Recorded = RecordedRelease.Load("release-0248a5a.sql.json");

    private readonly List<TestPostgres> databases = [];

    [Fact]
    public async Task Two_silos_starting_at_once_convert_each_case_once()
    {
        var database = await Restore();
        var cluster = $"test-{Guid.NewGuid():N}"[..13];

        var silos = await Task.WhenAll(Start(database, cluster), Start(database, cluster));
        foreach (var silo in silos) await silo.DisposeAsync();

        // One converted everything; the other waited for it and found the upgrade done.
        var events = Recorded.Cases.Sum(c => c.History.Count);
        Assert.Equal($"Upgraded the stored cases to the event log: 7 cases converted, {events} events appended",
            Assert.Single(Logs.Lines, l => l.Category == typeof(StoredCasesUpgrade).FullName).Message);
        Assert.Equal(events, await Count(database, "SELECT COUNT(*) FROM events WHERE stream = 'case'"));
        Assert.Equal(Recorded.Cases.Count, await Count(database, "SELECT COUNT(*) FROM cases"));
    }

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
