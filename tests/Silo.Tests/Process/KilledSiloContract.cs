using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Tests.Storage;
using GridActors.Workers;

namespace GridActors.Tests.Process;

/// <summary>Every acknowledged write survives SIGKILL of the process that holds the grains.</summary>
public abstract class KilledSiloContract(IStorageDatabase database)
{
    private const string Grid = "320412101001-01";
    private static readonly Actor Admin = new("admin", Role.Admin, "320412");
    private static readonly Actor Operator = new("op", Role.Operator, "320412101");
    private static readonly Actor Worker = new("w-1", Role.Worker, Grid);

    [Fact]
    public async Task Two_hundred_reported_incidents_are_all_there_unchanged_after_a_SIGKILL()
    {
        var cluster = TestSilo.Cluster(database);
        var silo = await SiloProgram.StartAsync(cluster);
        IncidentView[] before;
        WorkerView workerBefore;
        await using (var client = await TestSilo.StartClientAsync(cluster))
        {
            var grains = client.Grains;
            Assert.Null(await grains.GetGrain<IGridGrain>(Grid).Define(new GridDefinition("Canal side", GridType.Community), Admin));
            Assert.Null(await grains.GetGrain<IWorkerGrain>(Worker.Id).Register(new WorkerProfile("Li Wei", WorkerKind.FullTime, [Grid], null), Admin));
            Assert.Null(await grains.GetGrain<IWorkerGrain>(Worker.Id).SetDuty(DutyStatus.OnDuty, Worker));
            await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Write(grains, i)));
            before = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Read(grains, i)));
            workerBefore = (await grains.GetGrain<IWorkerGrain>(Worker.Id).Get())!;
            await silo.KillAsync();
        }

        await using var restarted = await SiloProgram.StartAsync(cluster);
        await using var again = await TestSilo.StartClientAsync(cluster);
        var after = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Read(again.Grains, i)));

        Assert.Equivalent(before, after, strict: true);
        Assert.Equal(50, workerBefore.Pending.Count);
        Assert.Equivalent(workerBefore, await again.Grains.GetGrain<IWorkerGrain>(Worker.Id).Get(), strict: true);
        Assert.Equal(200, (await again.Grains.GetGrain<IAreaGrain>("320412").GetCounts()).Open);
    }

    /// <summary>Every fourth case is filed, which offers it to the worker on duty, so state beyond the report is at stake too.</summary>
    private static async Task Write(IGrainFactory grains, int i)
    {
        var incident = grains.GetGrain<IIncidentGrain>($"case-{i}");
        var report = new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, $"Report {i}", Grid, Location: new GeoPoint(31.7, 119.95));
        Assert.Null((await incident.Handle(report, $"report-{i}", Worker)).Refusal);
        if (i % 4 != 0) return;
        Assert.Null((await incident.Handle(new FileCase(null), $"file-{i}", Operator)).Refusal);
    }

    private static async Task<IncidentView> Read(IGrainFactory grains, int i) =>
        (await grains.GetGrain<IIncidentGrain>($"case-{i}").Get())!;
}

public sealed class KilledSiloOnPostgreSql(PostgreSqlDatabase database) : KilledSiloContract(database), IClassFixture<PostgreSqlDatabase>;

public sealed class KilledSiloOnSqlite(SqliteDatabase database) : KilledSiloContract(database), IClassFixture<SqliteDatabase>;
