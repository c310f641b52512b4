using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Benchmarks.Scenarios;

namespace GridActors.Benchmarks.Observability;

/// <summary>What observing costs: reports/s on the embedded gateway with telemetry, the dashboard's
/// grain profiler and a Prometheus scrape every second, against the same gateway with
/// <c>GridActors:Telemetry:Enabled=false</c> (the baseline), each on a fresh store, in one run.
/// Off and on alternate, so a drift of the machine (shared, here) shows between rounds.</summary>
public static class ObservabilityBenchmark
{
    private const int Rounds = 2;

    public static async Task Run(BenchSize size)
    {
        Printer.Heading("Observability overhead (embedded, reports spread over the district)");
        Printer.Machine();
        Printer.Line($"reports: {size.Reports.Concurrency} in flight, up to {size.Reports.Operations} or {size.Reports.Time.TotalSeconds:N0} s after {size.Reports.WarmupOperations} warm-up; {Rounds} rounds of off then on, after one discarded run that warms the process");
        await Reports(size, observed: false);
        var off = new List<Throughput>();
        var on = new List<Throughput>();
        for (var round = 1; round <= Rounds; round++)
        {
            off.Add(await Reports(size, observed: false));
            Printer.Line($"round {round}: telemetry off (baseline)   {Printer.Rate(off[^1], "reports")}");
            on.Add(await Reports(size, observed: true));
            Printer.Line($"round {round}: telemetry on, scraped 1/s  {Printer.Rate(on[^1], "reports")}");
        }
        Printer.Line($"telemetry on: {Printer.Ratio(on.Average(t => t.PerSecond), off.Average(t => t.PerSecond), "telemetry off")} (means of the rounds); "
            + $"p99 {Printer.Number(on.Average(t => t.Latency.P99), "N2")} ms against {Printer.Number(off.Average(t => t.Latency.P99), "N2")} ms");
    }

    private static async Task<Throughput> Reports(BenchSize size, bool observed)
    {
        var directory = Directory.CreateTempSubdirectory("gridactors-bench-obs-");
        try
        {
            var path = Path.Combine(directory.FullName, "gridactors.db");
            await using var host = GatewayHost.Embedded(path, new Dictionary<string, string?>
            {
                ["GridActors:Telemetry:Enabled"] = observed ? "true" : "false",
            });
            using var run = new GatewayRun(host, Store.Sqlite(path));
            await run.Prepare();
            using var stop = new CancellationTokenSource();
            var scrapes = observed ? Scrape(run, await new GatewayApi(run.Http).Token("platformAdmin", ""), stop.Token) : Task.CompletedTask;
            var figures = await run.Reports(size.Reports, BenchDistrict.Grids);
            await stop.CancelAsync();
            await scrapes;
            return figures.Reports;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>As a Prometheus server would: one scrape a second, each read whole.</summary>
    private static async Task Scrape(GatewayRun run, string token, CancellationToken stop)
    {
        using var every = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await every.WaitForNextTickAsync(stop))
            {
                using var answer = await run.Http.Get("/metrics", token);
                answer.EnsureSuccessStatusCode();
                await answer.Content.ReadAsStringAsync(stop);
            }
        }
        catch (OperationCanceledException) { }
    }
}
