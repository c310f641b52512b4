using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Storage;
using GridActors.Workers;
using static GridActors.Tests.Storage.CaseWorld;

namespace GridActors.Tests.Process;

/// <summary>Every acknowledged write survives SIGKILL of the process that holds the grains: its
/// events are in the log, the case rows agree with them, and the grids and areas rebuild the same
/// open cases.</summary>
public abstract class KilledSiloContract(IStorageDatabase database)
{
    private const int Cases = 200;

    /// <summary>The grid and every area above it.</summary>
    private static readonly string[] Areas = [Grid, "320412101001", "320412101", "320412"];

    [Fact]
    public async Task Two_hundred_reported_incidents_are_all_there_unchanged_after_a_SIGKILL()
    {
        var cluster = TestSilo.Cluster(database);
        var silo = await SiloProgram.StartAsync(cluster);
        IncidentView[] before;
        WorkerView workerBefore;
        object[][] openBefore;
        await using (var client = await TestSilo.StartClientAsync(cluster))
        {
            var grains = client.Grains;
            await CaseWorld.Create(grains);
            await Task.WhenAll(Enumerable.Range(0, Cases).Select(i => Write(grains, i)));
            before = await Task.WhenAll(Enumerable.Range(0, Cases).Select(i => Read(grains, i)));
            workerBefore = (await grains.GetGrain<IWorkerGrain>(Worker.Id).Get())!;
            openBefore = await OpenCases(grains);
            Assert.All(openBefore, open => Assert.Equal(Cases, open.Length));
            await silo.KillAsync();
        }

        // Read straight from the database before anything starts again.
        var events = ById(await database.QueryAsync("SELECT entity_id, count(*), min(version), max(version) FROM events WHERE stream = 'case' GROUP BY entity_id"));
        Assert.Equal(before.OrderBy(v => v.Id, StringComparer.Ordinal).Select(v => new object[] { v.Id, v.Version, 1L, v.Version }), events);
        Assert.Equal(Cases + 2 * (Cases / 4), events.Sum(e => (long)e[1]!)); // a report each, a filing and its dispatch for every fourth
        var rows = ById(await database.QueryAsync($"SELECT {CaseColumns} FROM cases"));

        await using var restarted = await SiloProgram.StartAsync(cluster);
        await using var again = await TestSilo.StartClientAsync(cluster);
        var after = await Task.WhenAll(Enumerable.Range(0, Cases).Select(i => Read(again.Grains, i)));

        Assert.Equivalent(before, after, strict: true);
        // The cases as their events make them again (on activation), and their rows as written before the kill.
        Assert.Equal(after.OrderBy(v => v.Id, StringComparer.Ordinal).Select(RowOf), rows);
        Assert.Equal(Cases / 4, workerBefore.Pending.Count);
        Assert.Equivalent(workerBefore, await again.Grains.GetGrain<IWorkerGrain>(Worker.Id).Get(), strict: true);
        Assert.Equal(Cases, (await again.Grains.GetGrain<IAreaGrain>("320412").GetCounts()).Open);
        Assert.Equal(openBefore, await OpenCases(again.Grains));
    }

    /// <summary>Every fourth case is filed, which offers it to the worker on duty, so state beyond the report is at stake too.</summary>
    private static async Task Write(IGrainFactory grains, int i)
    {
        var incident = grains.GetGrain<IIncidentGrain>($"case-{i}");
        Assert.Null((await incident.Handle(Report(i), $"report-{i}", Worker)).Refusal);
        if (i % 4 != 0) return;
        Assert.Null((await incident.Handle(new FileCase(null), $"file-{i}", Operator)).Refusal);
    }

    /// <summary>Rows by their first column, in ordinal order whatever the database's collation.</summary>
    private static object?[][] ById(IReadOnlyList<object?[]> rows) => [.. rows.OrderBy(r => (string)r[0]!, StringComparer.Ordinal)];

    private static async Task<IncidentView> Read(IGrainFactory grains, int i) =>
        (await grains.GetGrain<IIncidentGrain>($"case-{i}").Get())!;

    /// <summary>Each area's open cases (id, version, status), the grid's first.</summary>
    private static async Task<object[][]> OpenCases(IGrainFactory grains)
    {
        var ledgers = await Task.WhenAll(Areas.Select(a => a == Grid ? grains.GetGrain<IGridGrain>(a).GetLedger() : grains.GetGrain<IAreaGrain>(a).GetLedger()));
        return [.. ledgers.Select(l => l.Open.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => (object)(c.Id, c.Version, c.Status)).ToArray())];
    }
}

public sealed class KilledSiloOnPostgreSql(PostgreSqlDatabase database) : KilledSiloContract(database), IClassFixture<PostgreSqlDatabase>;

public sealed class KilledSiloOnSqlite(SqliteDatabase database) : KilledSiloContract(database), IClassFixture<SqliteDatabase>;
