using System.Diagnostics;
using GridActors.Benchmarks.Hosts;
using GridActors.Log;
using GridActors.Silo.Storage;
using GridActors.Silo.Storage.Log;
using GridActors.Warnings;
using Npgsql;

namespace GridActors.Benchmarks.Warnings;

/// <summary><c>warnings [events]</c>: what the early warnings cost per event of the log, beside what
/// appending that event costs. The rules run as the follower runs them (<see cref="WarningEngine"/>,
/// default thresholds) over a made-up month (<see cref="SyntheticMonth"/>): evaluated after every
/// event (the follower under a trickle) and after every 100 (under load, a read brings many); the same
/// events with their case rows appended to a fresh embedded log and, when the server is up, a fresh
/// PostgreSQL log: the first half 32 in flight (group commit), then 2,000 one at a time.</summary>
public static class WarningsBenchmark
{
    public const int DefaultEvents = 100_000;

    /// <summary><paramref name="cell"/>: the grids' side in degrees (0.02°: a district of about 1,100 km²;
    /// 0.005°, 70 km², puts far more cases close together).</summary>
    public static async Task Run(int events, double cell = SyntheticMonth.Cell)
    {
        Printer.Heading("GridActors benchmark: early warnings");
        Printer.Machine();
        var month = SyntheticMonth.Generate(events, cell);
        Printer.Line($"{month.Count:N0} events of {month.Select(a => a.Event.EntityId).Distinct().Count():N0} cases over {(month[^1].Event.At - month[0].Event.At).TotalDays:N1} days, grids of {cell}° ({280 * cell * cell * 111.2 * 94.7:N0} km²)");
        var (each, batched) = Rules(month);
        await Appends(month, each, batched);
    }

    /// <summary>The rules' cost, in µs per event: evaluated after every event, and after every 100.</summary>
    private static (double Each, double Batched) Rules(IReadOnlyList<Appended> month)
    {
        // Twice, so the JIT has moved the hot paths to optimised code before anything is timed.
        Evaluate(month, every: 1, warmUp: true);
        Evaluate(month, every: 1, warmUp: true);
        var each = Evaluate(month, every: 1, warmUp: false);
        var batched = Evaluate(month, every: 100, warmUp: false);
        var fed = Evaluate(month, every: int.MaxValue, warmUp: false);
        Printer.Line($"warnings, evaluated after every event: {Micro(each.Elapsed, month.Count)} µs/event; held at the end {each.Cases:N0} cases, {each.Bytes / 1024.0 / 1024.0:N1} MB");
        Printer.Line($"warnings, evaluated after every 100:   {Micro(batched.Elapsed, month.Count)} µs/event");
        Printer.Line($"the rules fed, evaluated once at the end: {Micro(fed.Elapsed, month.Count)} µs/event (reading the event and following its case)");
        foreach (var rule in WarningRules.For(WarningSettings.Default, () => GridActors.Calendar.WorkingCalendar.Default))
        {
            var alone = Evaluate(month, every: 1, warmUp: false, [rule]);
            Printer.Line($"    {rule.GetType().Name} alone, after every event: {Micro(alone.Elapsed, month.Count)} µs/event");
        }
        Printer.Line($"warnings said (every event): {string.Join(", ", each.Said.GroupBy(w => w.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Select(w => w.Id).Distinct().Count()} raised, {g.Count(w => w.Version > 1 && w.IsOpen)} updates, {g.Count(w => !w.IsOpen)} cleared"))}");
        return (each.Elapsed.TotalMicroseconds / month.Count, batched.Elapsed.TotalMicroseconds / month.Count);
    }

    private static async Task Appends(IReadOnlyList<Appended> month, double each, double batched)
    {
        var folder = Directory.CreateTempSubdirectory("gridactors-bench-");
        try
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "log.db"), Pooling = true }.ConnectionString;
            await SchemaInstaller.ApplyAsync(StorageBackend.Embedded, connection);
            using var sqlite = new SqliteEventLog(connection);
            await Appends("embedded (SQLite)", sqlite, month, each, batched);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        try
        {
            await using var database = await PostgresDatabase.Create();
            var connection = PostgreSqlConnectionString.Tune(database.ConnectionString);
            await SchemaInstaller.ApplyAsync(StorageBackend.PostgreSql, connection);
            await using var source = NpgsqlDataSource.Create(connection);
            using var postgres = new PostgreSqlEventLog(source);
            await Appends("PostgreSQL", postgres, month, each, batched);
        }
        catch (NpgsqlException e)
        {
            Printer.Line($"PostgreSQL skipped: {e.Message} (bash tests/postgres-up.sh starts it)");
        }
    }

    private sealed record Evaluation(TimeSpan Elapsed, int Cases, long Bytes, List<EarlyWarning> Said);

    private static Evaluation Evaluate(IReadOnlyList<Appended> month, int every, bool warmUp, IReadOnlyList<IWarningRule>? rules = null)
    {
        var events = warmUp ? month.Take(month.Count / 2).ToList() : month;
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var engine = rules is null ? new WarningEngine(WarningSettings.Default, () => GridActors.Calendar.WorkingCalendar.Default) : new WarningEngine(rules);
        var said = new List<EarlyWarning>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < events.Count; i++)
        {
            engine.Observe(events[i].Event);
            if ((i + 1) % every == 0 || i == events.Count - 1) said.AddRange(engine.Evaluate(events[i].Event.At));
        }
        clock.Stop();
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(engine);
        return new Evaluation(clock.Elapsed, engine.CasesHeld, held, said);
    }

    private static async Task Appends(string name, IEventLog log, IReadOnlyList<Appended> month, double each, double batched)
    {
        var half = month.Count / 2;
        var concurrent = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < half; i = Interlocked.Increment(ref next))
                await log.Append(month[i].Event with { Sequence = 0 }, month[i].Row);
        }));
        concurrent.Stop();
        var singles = Math.Min(2_000, month.Count - half);
        var single = Stopwatch.StartNew();
        for (var i = half; i < half + singles; i++) await log.Append(month[i].Event with { Sequence = 0 }, month[i].Row);
        single.Stop();
        var (perEvent, alone) = (concurrent.Elapsed / half, single.Elapsed / singles);
        Printer.Heading($"Appending the same events, {name}");
        Printer.Line($"32 in flight: {half / concurrent.Elapsed.TotalSeconds:N0} appends/s, {perEvent.TotalMicroseconds:N1} µs/event of wall time");
        Printer.Line($"one at a time: {alone.TotalMicroseconds:N1} µs/append (the next {singles:N0})");
        Printer.Line($"warnings after every event = {Printer.Ratio(each, perEvent.TotalMicroseconds, "an append at 32 in flight")}, {Printer.Ratio(each, alone.TotalMicroseconds, "one alone")}");
        Printer.Line($"warnings after every 100   = {Printer.Ratio(batched, perEvent.TotalMicroseconds, "an append at 32 in flight")}, {Printer.Ratio(batched, alone.TotalMicroseconds, "one alone")}");
    }

    private static string Micro(TimeSpan elapsed, int events) => Printer.Number(elapsed.TotalMicroseconds / events, "N2");
}
