using System.Data.Common;
using GridActors.Silo.Storage;
using Microsoft.Data.Sqlite;

namespace GridActors.Tests.Upgrade;

/// <summary>The embedded default: the SQLite file the previous release wrote, copied for each test.</summary>
public sealed class SqliteUpgradeTests() : UpgradeContract(RecordedRelease.Load("release-0248a5a.db.json"))
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"gridactors-upgrade-{Guid.NewGuid():N}");

    protected override StorageBackend Backend => StorageBackend.Embedded;

    protected override Task<string> Restore()
    {
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "release-0248a5a.db"), file);
        return Task.FromResult(file);
    }

    protected override IReadOnlyDictionary<string, string?> Storage(string connectionString) => new Dictionary<string, string?>
    {
        ["GridActors:Storage:Backend"] = "Embedded",
        ["GridActors:Storage:DatabasePath"] = connectionString,
    };

    protected override DbConnection Connect(string connectionString) =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = connectionString }.ConnectionString);

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
