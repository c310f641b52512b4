using System.Net;
using System.Text.Json;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>Report throughput, and the grain writes each report cost, read from the storage itself.</summary>
public sealed record ReportFigures(Throughput Reports, GrainWrites Before, GrainWrites After)
{
    public double WritesPerReport => (After.Writes - Before.Writes) / (double)Math.Max(1, Reports.Succeeded);
}

/// <summary>Drives the real gateway through its public API only: the territory, then the load.</summary>
public sealed class GatewayRun(GatewayHost host, Func<Task<GrainWrites>> storage) : IDisposable
{
    /// <summary>Writes the grains make after answering (areas, boards) land within this; measured well under it.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly HttpClient http = Clients.Http(host.Address);
    private string? operatorToken;

    private GatewayApi Api => new(http);

    private string Operator => operatorToken ?? throw new InvalidOperationException("call Prepare first");

    /// <summary>Defines the grid and its worker as an admin, and mints the operator token that reports.</summary>
    public async Task Prepare()
    {
        await Api.DefineTerritory(await Api.Token("admin", GatewayApi.District));
        operatorToken = await Api.Token("operator", GatewayApi.District);
    }

    public async Task<ReportFigures> Reports(LoadShape shape)
    {
        var report = HttpPosts.Operation(http, "/api/v1/incidents", Operator, GatewayApi.ReportJson("Rubbish piled at the gate"), HttpStatusCode.Created);
        await shape.Warm(report);
        await Task.Delay(Settle);
        var before = await storage();
        var reports = await shape.Measure(report);
        await Task.Delay(Settle);
        return new ReportFigures(reports, before, await storage());
    }

    /// <summary>A board watching the grid, and commands alternating between reporting a case and filing it.</summary>
    public async Task<PushLatency.Result> Pushes(int warmup, int count)
    {
        var arrivals = new PushArrivals();
        await using var board = Clients.Hub(host.Address, "/hubs/board", Operator);
        board.On<Pushed>("incidentChanged", p => arrivals.Arrived(p.Id, p.Version));
        await board.StartAsync();
        await board.InvokeAsync<JsonElement>("WatchArea", GatewayApi.Grid);
        return await PushLatency.OverHttp(arrivals, warmup, count, (n, previous) =>
            n % 2 == 0 || previous is null
                ? Api.Report(Operator, GatewayApi.ReportJson($"Latency probe {n}"))
                : Api.File(Operator, previous));
    }

    public void Dispose() => http.Dispose();
}
