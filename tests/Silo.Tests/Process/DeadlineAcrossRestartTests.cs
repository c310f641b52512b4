using System.Threading.Channels;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Territory;
using GridActors.Tests.Storage;
using Xunit.Abstractions;

namespace GridActors.Tests.Process;

/// <summary>A deadline that falls while the silo is down is acted on once the silo is back: the
/// durable reminder fires after start-up and the case escalates, once.</summary>
public sealed class DeadlineAcrossRestartTests(PostgreSqlDatabase database, ITestOutputHelper log) : IClassFixture<PostgreSqlDatabase>, IAsyncLifetime
{
    private readonly List<AppProcess> silos = [];

    private const string Grid = "320412101001-01";
    private const string Village = "320412101001";
    private static readonly Actor Admin = new("admin", Role.Admin, "320412");
    private static readonly Actor Operator = new("op", Role.Operator, "320412101");

    [Fact]
    public async Task A_deadline_that_fell_during_the_downtime_escalates_the_case_once_after_start_up()
    {
        var catalogue = FastAcceptCatalogue.Write();
        var cluster = TestSilo.Cluster(database);
        cluster["GridActors:Configuration:CategoriesFile"] = catalogue;
        const string id = "case-across-restart";

        DateTimeOffset due;
        var silo = await Start(cluster);
        await using (var client = await TestSilo.StartClientAsync(cluster))
        {
            var incident = client.Grains.GetGrain<IIncidentGrain>(id);
            Assert.Null(await client.Grains.GetGrain<IGridGrain>(Grid).Define(new GridDefinition("Canal side", GridType.Community), Admin));
            var report = new Report(IncidentSource.Hotline12345, FastAcceptCatalogue.Category, Urgency.Normal, "Blocked drain", Grid);
            Assert.Null((await incident.Handle(report, "report", Operator)).Refusal);
            Assert.Null((await incident.Handle(new FileCase(), "file", Operator)).Refusal);
            var dispatched = (await incident.Get())!;
            Assert.Equal((IncidentStatus.Dispatched, HandlingLevel.Village, Village), (dispatched.Status, dispatched.Level, dispatched.Handler));
            due = dispatched.StageDueAt!.Value;
            await silo.KillAsync();
        }
        // Only a silo started after this instant can have acted on the deadline.
        var killedAt = DateTimeOffset.UtcNow;
        Assert.True(killedAt < due, $"the silo was killed at {killedAt}, after the deadline {due}: the test proves nothing");
        // The scenario itself: real time passes the deadline while no silo runs.
        var downtime = due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (downtime > TimeSpan.Zero) await Task.Delay(downtime);

        await Start(cluster);
        await using var again = await TestSilo.StartClientAsync(cluster);
        var changes = Channel.CreateUnbounded<IncidentSummary>();
        // Orleans holds observers weakly: the test keeps its own to the end.
        var watcher = new Watcher(changes.Writer);
        await again.Grains.GetGrain<ILiveDirectoryGrain>(0).Subscribe("deadline-test", again.Grains.CreateObjectReference<ILiveObserver>(watcher));
        // Subscribed first, then read: an escalation is either already in the case or still to be pushed.
        var escalated = await again.Grains.GetGrain<IIncidentGrain>(id).Get() is { Level: HandlingLevel.Town } now
            ? now.Version
            : await FirstEscalation(changes.Reader, id);

        var history = (await again.Grains.GetGrain<IIncidentGrain>(id).Get())!.History;
        var escalation = Assert.Single(history, e => e.Kind == EventKind.Escalated && e.Level == HandlingLevel.Town);
        Assert.Equal((escalated, Actor.SystemId, "timeout: accept limit passed"), (escalation.Version, escalation.By.Id, escalation.Text));
        Assert.True(escalation.At >= due && escalation.At > killedAt, $"escalated at {escalation.At}: the deadline was {due}, the silo killed at {killedAt}");
        GC.KeepAlive(watcher);
        File.Delete(catalogue);
    }

    private async Task<AppProcess> Start(IReadOnlyDictionary<string, string?> cluster)
    {
        var silo = await SiloProgram.StartAsync(cluster);
        silos.Add(silo);
        return silo;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var silo in silos) await silo.DisposeAsync();
        foreach (var silo in silos) log.WriteLine($"--- last lines of a silo ---\n{silo.Tail(40)}");
    }

    /// <summary>The reminder catches up within its period (NextInstantReminder.CatchUpPeriod) of start-up.</summary>
    private static async Task<long> FirstEscalation(ChannelReader<IncidentSummary> changes, string id)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var change in changes.ReadAllAsync(limit.Token))
            if (change.Id == id && change.Level == HandlingLevel.Town) return change.Version;
        throw new InvalidOperationException("unreachable: the channel is never completed");
    }

    private sealed class Watcher(ChannelWriter<IncidentSummary> changes) : ILiveObserver
    {
        public Task OnEvents(IReadOnlyList<LiveEvent> batch)
        {
            foreach (var e in batch.OfType<IncidentChanged>()) changes.TryWrite(e.Incident);
            return Task.CompletedTask;
        }
    }
}
