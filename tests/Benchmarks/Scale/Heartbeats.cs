using System.Net;
using System.Text.Json;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Benchmarks.Scenarios;

namespace GridActors.Benchmarks.Scale;

/// <summary>Worker apps' heartbeats, one worker per grid of the district, each signed in as itself,
/// through every gateway in turn: at a province's size the heartbeat every worker sends each minute is
/// the most frequent write, so its rate is measured beside the reports'.</summary>
public static class Heartbeats
{
    private static readonly string Position = JsonSerializer.Serialize(new { latitude = 31.70, longitude = 119.95 });

    public static async Task<Throughput> Measure(IReadOnlyList<HttpClient> gateways, LoadShape shape)
    {
        var api = new GatewayApi(gateways[0]);
        var admin = await api.Token("admin", GatewayApi.District);
        var workers = new (string Id, string Token)[BenchDistrict.Grids.Count];
        for (var i = 0; i < workers.Length; i++)
        {
            var (id, grid) = ($"w-heartbeat-{i}", BenchDistrict.Grids[i]);
            await api.Register(admin, id, grid);
            workers[i] = (id, await api.Token("worker", grid, id));
        }
        var beats = workers.Select((w, i) => HttpOperations.Post(gateways[i % gateways.Count], $"/api/v1/workers/{w.Id}/heartbeat", w.Token, Position, HttpStatusCode.OK)).ToArray();
        Task<bool> Beat(int n) => beats[n % beats.Length](n);
        await shape.Warm(Beat);
        return await shape.Measure(Beat);
    }
}
