using GridActors.Access;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Benchmarks.Scale;

/// <summary><c>aggregator</c>: the district's area grain, which every change of every case in the
/// district passes through (grid → village → town → district). First real reports through the case,
/// grid and area grains, into one district and split over two; then its ceiling in changes/s told to it
/// directly, beside an empty grain's calls/s (one activation's turns with no work); last, calls offered
/// at fixed rates around that ceiling, to see what happens past it (the backlog it leaves would weigh
/// on anything measured after it).</summary>
public static class AggregatorBenchmark
{
    private const int InFlight = 64;
    private static readonly int[] OpenCases = [1_000, 10_000];
    private static readonly double[] Offers = [0.5, 0.9, 1.5, 2.0];
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>Shorter than <see cref="Window"/>: past the ceiling the backlog grows by the excess every second.</summary>
    private static readonly TimeSpan Overload = TimeSpan.FromSeconds(5);

    public static async Task Run()
    {
        Printer.Heading("GridActors benchmark: the district's area grain");
        Printer.Machine();
        Printer.Line($"one in-process silo, memory storage; {InFlight} calls in flight, {Window.TotalSeconds:N0} s a figure; load {Printer.LoadAverage()}");
        await using var silo = await MemorySilo.Start(LogLevel.Critical);
        Printer.Heading($"Real reports through case, grid and area grains ({InFlight} in flight; each a change the district sees)");
        foreach (var district in new[] { GatewayApi.District, "320413" })
            await ClosedLoop.Run(16, BenchDistrict.Grids.Count, TimeSpan.FromMinutes(5), async n =>
                await silo.Grains.GetGrain<IGridGrain>(district + BenchDistrict.Grids[n - 1][6..]).Define(new GridDefinition("Bench grid", GridType.Community), new Actor("bench-admin", Role.Admin, district)) is null);
        await Reports(silo.Grains, [GatewayApi.District], "warm");
        var one = await Reports(silo.Grains, [GatewayApi.District], "one");
        var two = await Reports(silo.Grains, [GatewayApi.District, "320413"], "two");
        Printer.Line($"into one district             {Printer.Rate(one, "reports")}  {Printer.Percentiles(one.Latency)}");
        Printer.Line($"split over two districts      {Printer.Rate(two, "reports")}  {Printer.Percentiles(two.Latency)}  = {Printer.Ratio(two.PerSecond, one.PerSecond, "one district")}");

        Printer.Heading("Changes told directly to a district of their own, no grids, so only its area grain works");
        var empty = silo.Grains.GetGrain<IEmptyGrain>(0);
        await empty.Ping();
        // Once to warm up (JIT, tiering), once measured, for this and for the district.
        await ClosedLoop.Run(InFlight, int.MaxValue, Window, async _ => { await empty.Ping(); return true; });
        var bare = await ClosedLoop.Run(InFlight, int.MaxValue, Window, async _ => { await empty.Ping(); return true; });
        Printer.Line($"empty grain, one activation   {Printer.Rate(bare, "calls")}  {Printer.Percentiles(bare.Latency)}");

        var changes = new DistrictChanges(silo.Grains, "320414");
        var held = 0;
        var version = 1L;
        Throughput? ceiling = null;
        foreach (var open in OpenCases)
        {
            await ClosedLoop.Run(InFlight, open - held, TimeSpan.FromMinutes(5), async n => { await changes.Tell(held + n - 1, 1); return true; });
            held = open;
            var w = ++version;
            var warm = await ClosedLoop.Run(InFlight, int.MaxValue, Window, async n => { await changes.Tell(n % open, w + n / open); return true; });
            version += warm.Succeeded / open + 1;
            var v = ++version;
            var steady = await ClosedLoop.Run(InFlight, int.MaxValue, Window, async n => { await changes.Tell(n % open, v + n / open); return true; });
            version += steady.Succeeded / open + 1;
            ceiling = steady;
            Printer.Line($"district, {open,6:N0} open cases  {Printer.Rate(steady, "changes")}  {Printer.Percentiles(steady.Latency)}");
            Printer.Line($"    = {Printer.Ratio(steady.PerSecond, bare.PerSecond, "empty grain")}");
        }
        Printer.Line($"real reports into one district = {Printer.Ratio(one.PerSecond, ceiling!.PerSecond, "the district's ceiling")}");

        Printer.Heading($"Offered at a fixed rate, {OpenCases[^1]:N0} open cases ({Overload.TotalSeconds:N0} s each; latency from when each call was due; Orleans gives up on a call after 30 s)");
        var start = version + 1;
        foreach (var share in Offers)
        {
            var rate = share * ceiling!.PerSecond;
            var offered = await OpenLoop.Run(rate, Overload, n => changes.Tell(n % OpenCases[^1], start + n / OpenCases[^1]));
            start += (long)(rate * Overload.TotalSeconds) / OpenCases[^1] + 1;
            var drained = await Drained(changes.District);
            Printer.Line($"{share:N1} × ceiling: offered {Printer.Number(offered.OfferedPerSecond, "N0")}/s, answered {Printer.Number(offered.AnsweredPerSecond, "N0")}/s, {offered.Failed} timed out; {Printer.Percentiles(offered.Latency)}");
            Printer.Line($"    after the last answer the district took {Printer.Number(drained.TotalMilliseconds, "N0")} ms to answer a board's read");
        }

        Printer.Line($"load average at the end {Printer.LoadAverage()}");
    }

    /// <summary>How long until the district answers a read again: calls Orleans gave up on may still be
    /// queued in front of it, and each read that times out is asked again.</summary>
    private static async Task<TimeSpan> Drained(IAreaGrain district)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await district.GetCounts();
                return clock.Elapsed;
            }
            catch (TimeoutException)
            {
            }
        }
    }

    /// <summary>Reports dealt round <paramref name="districts"/> and their grids, as an operator of the province files them.</summary>
    private static Task<Throughput> Reports(IGrainFactory grains, string[] districts, string run)
    {
        return ClosedLoop.Run(InFlight, int.MaxValue, Window, async n =>
        {
            var district = districts[n % districts.Length];
            var grid = district + BenchDistrict.Grids[n / districts.Length % BenchDistrict.Grids.Count][6..];
            var report = new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "Rubbish piled at the gate", grid);
            return (await grains.GetGrain<IIncidentGrain>($"bench-{run}-{n}").Handle(report, $"bench-{run}-{n}", new Actor("bench-operator", Role.Operator, district))).Refusal is null;
        });
    }
}
