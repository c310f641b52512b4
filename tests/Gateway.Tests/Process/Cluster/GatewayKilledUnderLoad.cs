using System.Net;
using Xunit.Abstractions;

namespace GridActors.Tests.Process.Cluster;

/// <summary>SIGKILL one of two gateways under load: clients with both addresses move to the other,
/// its board reconnects there and catches up, a worker's app reconnects there and is sent every offer
/// it has not acknowledged, and nothing acknowledged is lost.</summary>
[Collection(Processes.Collection)]
public sealed class GatewayKilledUnderLoad(PostgreSqlDatabase database, ITestOutputHelper log)
    : FaultOnSharedDatabase(database, log)
{
    private const string WorkerId = "w-fault-1";
    private const int OffersEachSide = 3;

    private readonly List<string> offered = [];
    private OtherTown town = null!;
    private WorkerWatch? app;

    protected override async Task PrepareAsync()
    {
        // Everything goes through the gateway that stays, so only the worker's app depends on the killed one.
        using var api = new GatewayApi(Cluster.Gateways[^1]);
        town = await OtherTown.DefineAsync(api);
        var worker = await api.TokenAsync(new { role = "worker", areaCode = OtherTown.Grid, workerId = WorkerId });
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, $"/api/v1/workers/{WorkerId}", town.Admin, new { name = "Li Wei", kind = "FullTime", grids = new[] { OtherTown.Grid } }));
        GatewayApi.Expect(HttpStatusCode.OK, await api.SendAsync(HttpMethod.Put, $"/api/v1/workers/{WorkerId}/duty", worker, new { duty = "OnDuty" }));
        app = await WorkerWatch.OpenAsync(Cluster.Gateways, 0, worker);
        await OfferAsync();
        await app.Offered(offered, moves: 0).WaitAsync(TimeSpan.FromSeconds(30));
    }

    protected override async Task<TimeSpan> FaultAsync(ReportLoad load)
    {
        var killed = load.Now;
        await Cluster.KillGatewayAsync(0);
        // Offered while the app has no gateway, or is moving: it must be sent them where it lands.
        await OfferAsync();
        return killed;
    }

    /// <summary>Filing offers each case to the grid's worker on duty.</summary>
    private async Task OfferAsync()
    {
        using var api = new GatewayApi(Cluster.Gateways[^1]);
        var filed = await Task.WhenAll(Enumerable.Range(offered.Count, OffersEachSide)
            .Select(i => town.FileAsync(api, "environment.rubbish", $"Rubbish on the market street {i}")));
        offered.AddRange(filed.Select(c => c["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Killing_a_gateway_under_load_moves_its_clients_to_the_other_and_loses_nothing()
    {
        await RunAsync("gateway SIGKILLed", "the kill");

        // Every offer not acknowledged, those pushed before the kill included, reaches the app where it landed.
        await app!.Offered(offered, moves: 1).WaitAsync(TimeSpan.FromSeconds(30));
        Log.WriteLine($"worker's app: moved {app.Moves} times, sent all {offered.Count} offers again on the other gateway ({OffersEachSide} of them made after the kill)");
        Assert.Equal(1, app.Moves);
    }

    public override async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        await base.DisposeAsync();
    }
}
