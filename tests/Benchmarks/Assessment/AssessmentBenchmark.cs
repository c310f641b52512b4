using System.Diagnostics;
using System.Text.Json;
using GridActors.Assessment;
using GridActors.Benchmarks.Hosts;
using GridActors.Calendar;
using GridActors.Log;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Benchmarks.Assessment;

/// <summary>A month's KPIs for a district from its events in the log, which also holds the five months
/// before it (as many events again): the whole assessment (the assessment grain reading the log for
/// its period and computing) beside the bare baseline of reading the whole log from its first day and
/// computing, and a plain scan of the whole log; the computation alone on the events read already in
/// memory, and the memory the assessment takes.</summary>
public static class AssessmentBenchmark
{
    public const int DefaultEvents = 100_000;
    private const int Runs = 3;

    public static async Task Run(int events)
    {
        Printer.Heading($"Assessment benchmark: a month's KPIs for a district of {events:N0} events, after five months of {events:N0} more");
        Printer.Machine();
        var stored = Enumerable.Range(1, 5).SelectMany(m => MonthOfEvents.Make(events / 5, m)).Concat(MonthOfEvents.Make(events)).ToList();
        var folder = Directory.CreateTempSubdirectory("gridactors-bench-");
        try
        {
            Printer.Heading("Embedded (SQLite)");
            await using (var host = GatewayHost.Embedded(Path.Combine(folder.FullName, "gridactors.db")))
                await Measure(host, stored);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
        await using var database = await PostgresDatabase.Create();
        Printer.Heading("PostgreSQL");
        await using (var host = GatewayHost.PostgreSql(database.ConnectionString))
            await Measure(host, stored);
    }

    private static async Task Measure(GatewayHost host, IReadOnlyList<LoggedEvent> stored)
    {
        var log = host.Services.GetRequiredService<IEventLog>();
        var load = Stopwatch.StartNew();
        await Parallel.ForEachAsync(stored, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (e, _) => await log.Append(e));
        Printer.Line($"stored {stored.Count:N0} events in {load.Elapsed.TotalSeconds:N1} s (not measured below)");

        var scanned = 0;
        var floor = await Best(async () => scanned = (await Scan(log)).Count);
        var formulas = FormulaSetFile.Read(FormulaSetFile.Shipped, 1).Set!;
        var period = new Period(MonthOfEvents.From, MonthOfEvents.To);
        AssessmentReport Compute(IReadOnlyList<LoggedEvent> events) =>
            GridActors.Assessment.Assessment.Compute(events, formulas, WorkingCalendar.Default, MonthOfEvents.District, period);
        // The bare baseline: the whole log read from its first day, then computed, as the assessment did before it read for its period.
        AssessmentReport? fromTheStart = null;
        var baseline = await Best(async () => fromTheStart = Compute(await Scan(log)));
        var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAssessmentGrain>(0);
        AssessmentReport? report = null;
        var whole = await Best(async () => report = await grain.Report(MonthOfEvents.District, MonthOfEvents.From, MonthOfEvents.To, 1));
        var read = await log.ReadForPeriod(MonthOfEvents.From, MonthOfEvents.To);
        var compute = await Best(() => Task.FromResult(Compute(read)));
        var same = JsonSerializer.Serialize(report) == JsonSerializer.Serialize(fromTheStart);
        var (allocated, held) = await Memory(grain, log);

        Printer.Line($"plain scan of the log   {Ms(floor)}  ({scanned:N0} events, pages of 5,000: the whole log read)");
        Printer.Line($"whole log read, computed{Ms(baseline)}  (the baseline: from the log's first day)");
        Printer.Line($"the month's assessment  {Ms(whole)}  = {Printer.Ratio(whole.TotalMilliseconds, baseline.TotalMilliseconds, "the baseline")}, {Printer.Ratio(whole.TotalMilliseconds, floor.TotalMilliseconds, "the scan")} ({report!.Units.Count:N0} units; {read.Count:N0} events read; the same report as the baseline's: {same})");
        Printer.Line($"  of which computing    {Ms(compute)}  (the events read already in memory)");
        Printer.Line($"memory: {allocated / 1048576.0:N0} MB allocated by one assessment; the events it reads hold {held / 1048576.0:N0} MB while it runs");
    }

    private static async Task<List<LoggedEvent>> Scan(IEventLog log)
    {
        var events = new List<LoggedEvent>();
        for (var after = 0L; ;)
        {
            var page = await log.ReadAfter(after, 5000);
            if (page.Count == 0) return events;
            events.AddRange(page);
            after = page[^1].Sequence;
        }
    }

    /// <summary>The fastest of a few runs after one to warm up: the least the machine's other load added.</summary>
    private static async Task<TimeSpan> Best(Func<Task> run)
    {
        await run();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return best;
    }

    /// <summary>Bytes allocated by the process during one assessment, and the heap the events it reads keep alive.</summary>
    private static async Task<(long Allocated, long Held)> Memory(IAssessmentGrain grain, IEventLog log)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        await grain.Report(MonthOfEvents.District, MonthOfEvents.From, MonthOfEvents.To, 1);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        var events = await log.ReadForPeriod(MonthOfEvents.From, MonthOfEvents.To);
        var held = GC.GetTotalMemory(forceFullCollection: true) - empty;
        GC.KeepAlive(events);
        return (allocated, held);
    }

    private static string Ms(TimeSpan t) => Printer.Number(t.TotalMilliseconds, "N0").PadLeft(7) + " ms";
}
