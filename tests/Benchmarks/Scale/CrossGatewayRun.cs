using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Benchmarks.Scenarios;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Benchmarks.Scale;

/// <summary>Reports through every gateway in turn and, for each, the push on a board connected to the
/// next gateway, which watches the whole district: a report accepted on one gateway reaches a screen on
/// another only through the silos. With one gateway the board is on the same one.</summary>
public sealed class CrossGatewayRun : IAsyncDisposable
{
    /// <summary>Longer than any push should take; a push not in by then is counted missing.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly HttpClient[] gateways;
    private readonly HubConnection[] boards;
    private readonly PushArrivals[] arrivals;
    private readonly string operatorToken;
    private readonly ConcurrentDictionary<string, int> failures = new();
    private readonly string[] bodies = [.. BenchDistrict.Grids.Select(g => GatewayApi.ReportJson("Rubbish piled at the gate", g))];

    private CrossGatewayRun(HttpClient[] gateways, HubConnection[] boards, PushArrivals[] arrivals, string operatorToken)
    {
        this.gateways = gateways;
        this.boards = boards;
        this.arrivals = arrivals;
        this.operatorToken = operatorToken;
    }

    /// <summary>Defines the district through the first gateway and connects a board to each.</summary>
    public static async Task<CrossGatewayRun> Open(IReadOnlyList<Uri> addresses)
    {
        var gateways = addresses.Select(Clients.Http).ToArray();
        var api = new GatewayApi(gateways[0]);
        await api.DefineDistrict(await api.Token("admin", GatewayApi.District));
        var token = await api.Token("operator", GatewayApi.District);
        var arrivals = addresses.Select(_ => new PushArrivals()).ToArray();
        var boards = new HubConnection[addresses.Count];
        for (var j = 0; j < addresses.Count; j++)
        {
            var seen = arrivals[j];
            boards[j] = Clients.Hub(addresses[j], "/hubs/board", token);
            boards[j].On<Pushed>("incidentChanged", p => seen.Arrived(p.Id, p.Version));
            await boards[j].StartAsync();
            await boards[j].InvokeAsync<JsonElement>("WatchArea", GatewayApi.District);
        }
        return new CrossGatewayRun(gateways, boards, arrivals, token);
    }

    /// <summary>Reports spread over the district's grids, 32 in flight, each push timed from its send;
    /// then one report at a time, so no report waits behind another.</summary>
    public async Task<(Throughput Reports, Latencies UnderLoad, Latencies Alone, string Failures)> Measure(ScaleSize size)
    {
        await size.Reports.Warm(n => Report(n, pushes: null));
        failures.Clear();
        var pushes = new ConcurrentQueue<Task<long?>>();
        var reports = await size.Reports.Measure(n => Report(n, pushes));
        var took = await Task.WhenAll(pushes);
        var underLoad = new Latencies([.. took.OfType<long>()], took.Count(t => t is null));
        var alone = await PushLatency.OverHttp(arrivals[1 % gateways.Length], size.PushWarmup, size.PushCommands,
            (n, _) => gateways[0].Send(HttpMethod.Post, "/api/v1/incidents", operatorToken, bodies[n % bodies.Length]));
        return (reports, underLoad, alone.SendToPush, string.Join(", ", failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Value} × {f.Key}")));
    }

    /// <summary>Workers' heartbeats through every gateway in turn, as many in flight and as long as the reports.</summary>
    public Task<Throughput> Heartbeats(ScaleSize size) => Scale.Heartbeats.Measure(gateways, size.Reports);

    /// <summary>Report n goes through gateway n mod count; its push is awaited on the next gateway's board.</summary>
    private async Task<bool> Report(int n, ConcurrentQueue<Task<long?>>? pushes)
    {
        var via = n % gateways.Length;
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await gateways[via].Send(HttpMethod.Post, "/api/v1/incidents", operatorToken, bodies[n % bodies.Length]);
            if (response.StatusCode != HttpStatusCode.Created) return Failed($"{(int)response.StatusCode}{(response.Headers.RetryAfter is null ? "" : " with Retry-After")}");
            var answer = (await response.Content.ReadFromJsonAsync<Pushed>(JsonSerializerOptions.Web))!;
            var push = SincePush(arrivals[(via + 1) % gateways.Length].When(answer.Id, answer.Version, Wait), sent);
            pushes?.Enqueue(push);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return Failed(e.GetType().Name);
        }
    }

    private bool Failed(string why)
    {
        failures.AddOrUpdate(why, 1, (_, n) => n + 1);
        return false;
    }

    private static async Task<long?> SincePush(Task<long?> arrived, long sent) => await arrived is { } at ? at - sent : null;

    public async ValueTask DisposeAsync()
    {
        foreach (var board in boards) await board.DisposeAsync();
        foreach (var gateway in gateways) gateway.Dispose();
    }
}
