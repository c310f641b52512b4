using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;

namespace GridActors.Benchmarks.Scenarios;

/// <summary>Reads of single cases, <c>GET /api/v1/incidents/{id}</c>, round the cases the report
/// runs left in the store.</summary>
public static class CaseReads
{
    public static async Task<Throughput> Run(GatewayRun run, LoadShape shape)
    {
        var ids = await run.Store.Strings("SELECT id FROM cases ORDER BY id LIMIT 1000");
        var read = HttpOperations.Get(run.Http, n => $"/api/v1/incidents/{ids[n % ids.Count]}", run.Operator);
        await shape.Warm(read);
        return await shape.Measure(read);
    }

    /// <summary>The size of the gateway's answer for one case the runs reported, to set beside the bare answer's.</summary>
    public static async Task<long> AnswerBytes(GatewayRun run)
    {
        var id = (await run.Store.Strings("SELECT id FROM cases ORDER BY id LIMIT 1"))[0];
        using var response = await run.Http.Get($"/api/v1/incidents/{id}", run.Operator);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
}
