using GridActors.Access;
using GridActors.Registers;
using GridActors.Silo.Hosting;
using GridActors.Silo.Storage.Log;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GridActors.Tests.Storage;

/// <summary>The registers' audit trail in its own table, on each back end: a change's numbered line
/// lands once however often it is appended, reads are all kept, and the retention purge removes
/// exactly the lines past the period.</summary>
public abstract class RegisterAuditContract(IStorageDatabase database)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static RegisterAuditRecord Line(DateTimeOffset at, string action, params string[] entries) =>
        new(at, "sup-1", Role.Supervisor, action, entries);

    [Fact]
    public async Task A_change_s_line_appended_twice_is_kept_once_and_reads_are_all_kept()
    {
        var (audit, dispose) = await Store();
        using var _ = dispose;
        const string grid = "320412101001-01";
        await audit.Append(grid, [new AuditLine(1, Line(Now, "added", "e1"))]);
        await audit.Append(grid, [new AuditLine(1, Line(Now, "added", "e1")), new AuditLine(2, Line(Now.AddMinutes(1), "visited", "e1"))]);
        await audit.Append(grid, [new AuditLine(null, Line(Now.AddMinutes(2), "read", "e1", "e2"))]);
        await audit.Append(grid, [new AuditLine(null, Line(Now.AddMinutes(2), "read", "e1", "e2"))]);
        await audit.Append("320412101001-02", [new AuditLine(1, Line(Now, "added", "e1"))]);

        var trail = await audit.Read(grid);

        Assert.Equal([(1L, "added"), (2L, "visited"), (-1L, "read"), (-1L, "read")], trail.Select(l => (l.Number ?? -1, l.Record.Action)));
        Assert.Equal(["e1", "e2"], trail[^1].Record.EntryIds);
        Assert.Equal(Now.AddMinutes(2), trail[^1].Record.At);
    }

    [Fact]
    public async Task The_retention_purge_removes_lines_past_the_period_and_keeps_the_recent()
    {
        var (audit, dispose) = await Store();
        using var _ = dispose;
        const string grid = "320412101001-03";
        var retention = TimeSpan.FromDays(30);
        await audit.Append(grid, [
            new AuditLine(1, Line(Now - retention - TimeSpan.FromMinutes(1), "added", "e1")),
            new AuditLine(null, Line(Now - retention - TimeSpan.FromSeconds(1), "read", "e1")),
            new AuditLine(2, Line(Now - retention + TimeSpan.FromSeconds(1), "visited", "e1")),
            new AuditLine(null, Line(Now, "read", "e1")),
        ]);
        var purge = new AuditRetention(audit, retention, new FakeTimeProvider(Now), NullLogger<AuditRetention>.Instance);

        Assert.Equal(2, await purge.PurgeOnce());
        Assert.Equal(["visited", "read"], (await audit.Read(grid)).Select(l => l.Record.Action));
        Assert.Equal(0, await purge.PurgeOnce());
    }

    private async Task<(IRegisterAudit, IDisposable)> Store()
    {
        await database.ApplySchemaAsync();
        var settings = StorageSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(database.Configuration).Build());
        if (settings.Backend == Silo.Storage.StorageBackend.PostgreSql)
        {
            var source = NpgsqlDataSource.Create(settings.AdoNetConnectionString);
            return (new PostgreSqlEventLog(source).RegisterAudit(), source);
        }
        var log = new SqliteEventLog(settings.AdoNetConnectionString);
        return (log.RegisterAudit(), log);
    }
}

public sealed class SqliteRegisterAuditTests(SqliteDatabase database) : RegisterAuditContract(database), IClassFixture<SqliteDatabase>;

public sealed class PostgreSqlRegisterAuditTests(PostgreSqlDatabase database) : RegisterAuditContract(database), IClassFixture<PostgreSqlDatabase>;
