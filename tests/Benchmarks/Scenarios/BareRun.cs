using System.Net;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using Microsoft.AspNetCore.SignalR.Client;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>The baselines on the bare host, driven exactly as the gateway is: same client, same
/// body and bearer header, same concurrency, same latency measurement.</summary>
public sealed class BareRun(BareHost host) : IDisposable
{
    // Never validated by the bare host; sent so the request carries the same bytes as the gateway's.
    private const string Token = "bare-baseline-token";

    private readonly HttpClient http = Clients.Http(host.Address);

    public async Task<Throughput> Noops(LoadShape shape)
    {
        var noop = HttpOperations.Post(http, "/noop", Token, GatewayApi.ReportJson("Rubbish piled at the gate"), HttpStatusCode.OK);
        await shape.Warm(noop);
        return await shape.Measure(noop);
    }

    public async Task<Throughput> CaseReads(LoadShape shape)
    {
        var read = HttpOperations.Get(http, n => $"/case/bare-{n % 1000}", Token);
        await shape.Warm(read);
        return await shape.Measure(read);
    }

    /// <summary>An HTTP command whose change the server pushes over SignalR.</summary>
    public async Task<PushLatency.Result> HttpPushes(int warmup, int count)
    {
        var (hub, arrivals) = await Listen();
        await using (hub)
            return await PushLatency.OverHttp(arrivals, warmup, count, (n, _) =>
                http.Send(HttpMethod.Post, $"/push/bare-{n}/1", Token, "{}"));
    }

    /// <summary>A hub method the client invokes that pushes straight back to it.</summary>
    public async Task<Latencies> Echoes(int warmup, int count)
    {
        var (hub, arrivals) = await Listen();
        await using (hub)
            return await PushLatency.HubEcho(hub, arrivals, warmup, count);
    }

    private async Task<(HubConnection, PushArrivals)> Listen()
    {
        var arrivals = new PushArrivals();
        var hub = Clients.Hub(host.Address, "/hubs/echo");
        hub.On<string, long>(BareHost.Changed, arrivals.Arrived);
        await hub.StartAsync();
        return (hub, arrivals);
    }

    public void Dispose() => http.Dispose();
}
