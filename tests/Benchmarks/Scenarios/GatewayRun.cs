using System.Net;
using System.Text.Json;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>Drives the real gateway through its public API only: the territory, then the load.</summary>
public sealed class GatewayRun(GatewayHost host, Store store) : IDisposable
{
    /// <summary>Writes the grains make after answering (areas, boards) land within this; measured well under it.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly HttpClient http = Clients.Http(host.Address);
    private string? operatorToken;

    private GatewayApi Api => new(http);

    public Store Store => store;

    public HttpClient Http => http;

    public string Operator => operatorToken ?? throw new InvalidOperationException("call Prepare first");

    /// <summary>Defines the district's grids and the worker as an admin, and mints the operator token that reports.</summary>
    public async Task Prepare()
    {
        await Api.DefineDistrict(await Api.Token("admin", GatewayApi.District));
        operatorToken = await Api.Token("operator", GatewayApi.District);
    }

    /// <summary>Reports round-robin over <paramref name="grids"/> (operation n into grid n mod count).</summary>
    public async Task<ReportFigures> Reports(LoadShape shape, IReadOnlyList<string> grids)
    {
        var bodies = grids.Select(g => GatewayApi.ReportJson("Rubbish piled at the gate", g)).ToArray();
        var reports = bodies.Select(b => HttpOperations.Post(http, "/api/v1/incidents", Operator, b, HttpStatusCode.Created)).ToArray();
        Task<bool> Report(int n) => reports[n % reports.Length](n);
        await shape.Warm(Report);
        await Task.Delay(Settle);
        var before = await GrainWrites.Read(store);
        var warnings = host.Warnings.Count;
        var measured = await shape.Measure(Report);
        await Task.Delay(Settle);
        return new ReportFigures(measured, before, await GrainWrites.Read(store), host.Warnings.Count - warnings);
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
