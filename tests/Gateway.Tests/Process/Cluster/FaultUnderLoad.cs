using System.Net;
using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>A fault in a running cluster under a steady load of reports, with a board on each
/// gateway: what every fault test does around its own fault, and the figures it prints.</summary>
public abstract class FaultUnderLoad(ITestOutputHelper log) : IAsyncLifetime
{
    protected const string Town = "320412101";
    private static readonly string[] Grids = [.. Enumerable.Range(1, 4).Select(g => $"{Town}001-{g:00}")];

    /// <summary>Reports acknowledged before the fault, and again after it, before the load stops.</summary>
    private const int Before = 96;
    private const int After = 160;

    protected LocalCluster Cluster { get; private set; } = null!;

    protected ITestOutputHelper Log => log;

    /// <summary>Environment every silo gets beside the cluster script's.</summary>
    protected virtual IReadOnlyDictionary<string, string> SiloSettings => new Dictionary<string, string>();

    /// <summary>The database the cluster runs on, made for the test.</summary>
    protected abstract Task<string> DatabaseAsync();

    /// <summary>Two silos: enough for one to take over the other's grains, and lean on a small machine.</summary>
    private const int Silos = 2;

    /// <summary>Sets up what the test needs beside the load, before the load starts.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>Brings the fault about while the load runs; answers the moment (on the load's clock)
    /// the cluster's recovery is timed from: the kill, or the database's return.</summary>
    protected abstract Task<TimeSpan> FaultAsync(ReportLoad load);

    /// <summary>Runs the load, the fault and the checks; answers the figures, which it prints.</summary>
    protected async Task<FaultFigures> RunAsync(string fault, string timedFrom)
    {
        Cluster = await LocalCluster.StartAsync(Silos, gateways: 2, await DatabaseAsync(), SiloSettings);
        using var api = new GatewayApi(Cluster.Gateways[0]);
        var admin = await api.TokenAsync(new { role = "admin", areaCode = "320412" });
        var @operator = await api.TokenAsync(new { role = "operator", areaCode = Town });
        foreach (var grid in Grids)
            GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, $"/api/v1/grids/{grid}", admin, new { name = $"Canal {grid}", type = "Community" }));
        var boards = await Task.WhenAll(Cluster.Gateways.Select((_, j) => BoardWatch.OpenAsync(Cluster.Gateways, j, @operator, Town)));
        await PrepareAsync();
        using var load = new ReportLoad(Cluster.Gateways, @operator, Grids);
        using var stop = new CancellationTokenSource();

        var running = load.RunAsync(stop.Token);
        await load.Reached(Before);
        var recoveryFrom = await FaultAsync(load);
        var pushedAtFault = boards.Select(b => b.Pushed).ToArray();
        await load.Reached(load.Acknowledged.Count + After);
        await stop.CancelAsync();
        await running;

        var acknowledged = load.Acknowledged;
        var found = 0;
        using var survivor = new GatewayApi(Cluster.Gateways[^1]);
        foreach (var id in acknowledged.Values)
            if ((await survivor.SendAsync(HttpMethod.Get, $"/api/v1/incidents/{id}", @operator)).Status == HttpStatusCode.OK) found++;
        foreach (var board in boards) await board.CatchUpAsync();
        var figures = new FaultFigures(fault, acknowledged.Count, found, load.RetryableFailures, load.UnexpectedFailures.Count,
            load.LastRetryableFailure is { } last && last > recoveryFrom ? last - recoveryFrom : TimeSpan.Zero, timedFrom);
        log.WriteLine(figures.ToString());
        for (var b = 0; b < boards.Length; b++)
            log.WriteLine($"board first on gateway {b}: {boards[b].Pushed} cases pushed ({boards[b].Pushed - pushedAtFault[b]} after the fault), {boards[b].CaughtUp} more caught up, moved to another gateway {boards[b].Moves} times");

        Assert.Empty(load.UnexpectedFailures);
        Assert.Equal(0, figures.Lost);
        // A retried key made one case, not two: the town's board holds exactly the acknowledged cases.
        var open = GatewayApi.Expect(HttpStatusCode.OK, await survivor.SendAsync(HttpMethod.Get, $"/api/v1/areas/{Town}/board", @operator))["open"]!.AsArray();
        Assert.Equal(acknowledged.Values.Order(StringComparer.Ordinal), open.Select(c => c!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        for (var b = 0; b < boards.Length; b++)
        {
            var neverShown = acknowledged.Values.Except(boards[b].Known).ToArray();
            log.WriteLine($"board first on gateway {b}: {neverShown.Length} acknowledged cases never shown ({string.Join(", ", neverShown)})");
            Assert.Empty(neverShown);
        }
        for (var b = 0; b < boards.Length; b++) Assert.True(boards[b].Pushed > pushedAtFault[b], $"the board on gateway {b} received no push after the fault");
        foreach (var board in boards) await board.DisposeAsync();
        return figures;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        if (Cluster is null) return;
        await Cluster.DisposeAsync();
        foreach (var app in Cluster.Processes) log.WriteLine($"--- last lines of {app.Name} ---\n{app.Tail(8)}");
    }
}
