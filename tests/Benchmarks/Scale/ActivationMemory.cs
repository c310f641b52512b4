using System.Globalization;
using GridActors.Access;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Benchmarks.Scale;

/// <summary><c>activations [count]</c>: managed heap per active grid, worker and case in one silo, beside
/// an empty grain of the same count. Each kind is activated as the product makes it active (a grid
/// defined, a worker registered and on duty, a case reported and filed, which dispatches it), then
/// deactivated: growth is what the silo holds for each (with its share of area books, summaries kept by
/// grids and workers, reminders), freed is what the activation itself held.</summary>
public static class ActivationMemory
{
    public const int DefaultCount = 2_000;

    public sealed record Figures(string Kind, int Count, double GrowthPerActivation, double FreedPerActivation);

    public static async Task Run(int count)
    {
        Printer.Heading("GridActors benchmark: memory per activation");
        Printer.Machine();
        Printer.Line($"one in-process silo, memory storage; {count:N0} of each; districts of 10 towns × 10 villages × 10 grids, a worker per grid; load {Printer.LoadAverage()}");
        await using var silo = await MemorySilo.Start();
        var grains = silo.Grains;
        List<Figures> figures = [];
        figures.Add(await Measure(silo, "empty grain", count, async n => { await grains.GetGrain<IEmptyGrain>(n).Ping(); return true; }, n => grains.GetGrain<IEmptyGrain>(n)));
        figures.Add(await Measure(silo, "grid", count, async n =>
            await grains.GetGrain<IGridGrain>(Grid(n)).Define(new GridDefinition("Bench grid", GridType.Community), new Actor("bench-admin", Role.Admin, Grid(n)[..6])) is null,
            n => grains.GetGrain<IGridGrain>(Grid(n))));
        figures.Add(await Measure(silo, "worker", count, async n =>
        {
            var worker = grains.GetGrain<IWorkerGrain>(Worker(n));
            return await worker.Register(new WorkerProfile(Worker(n), WorkerKind.FullTime, [Grid(n)], null), new Actor("bench-admin", Role.Admin, Grid(n)[..6])) is null
                && await worker.SetDuty(DutyStatus.OnDuty, new Actor(Worker(n), Role.Worker, Grid(n))) is null;
        }, n => grains.GetGrain<IWorkerGrain>(Worker(n))));
        figures.Add(await Measure(silo, "case (reported, filed, dispatched)", count, async n =>
        {
            var grid = Grid(n % count);
            var incident = grains.GetGrain<IIncidentGrain>(Case(n));
            var operatorOfTown = new Actor("bench-operator", Role.Operator, grid[..9]);
            var report = new Report(IncidentSource.Hotline12345, "environment.rubbish", Urgency.Normal, "Rubbish piled at the gate", grid);
            return (await incident.Handle(report, $"{Case(n)}-report", operatorOfTown)).Refusal is null
                && (await incident.Handle(new FileCase(null), $"{Case(n)}-file", operatorOfTown)).Refusal is null;
        }, n => grains.GetGrain<IIncidentGrain>(Case(n))));

        Printer.Heading("Managed heap per activation (after full compacting collections)");
        var bare = figures[0];
        foreach (var f in figures)
            Printer.Line($"{f.Kind,-36} grows the heap {Printer.Number(f.GrowthPerActivation, "N0"),7} B ({Printer.Ratio(f.GrowthPerActivation, bare.GrowthPerActivation, "empty")}), "
                + $"deactivating frees {Printer.Number(f.FreedPerActivation, "N0"),7} B ({Printer.Ratio(f.FreedPerActivation, bare.FreedPerActivation, "empty")}); n={f.Count}");
        Printer.Line($"load average at the end {Printer.LoadAverage()}");
    }

    /// <summary>Grid n: district 4100dd, 10 towns of 10 villages of 10 grids each.</summary>
    private static string Grid(int n) => string.Create(CultureInfo.InvariantCulture, $"{410000 + n / 1000}{101 + n / 100 % 10:D3}{1 + n / 10 % 10:D3}-{n % 10 + 1:D2}");

    private static string Worker(int n) => $"w-bench-{n}";

    private static string Case(int n) => $"bench-case-{n}";

    private static async Task<Figures> Measure(MemorySilo silo, string kind, int count, Func<int, Task<bool>> activate, Func<int, IAddressable> grain)
    {
        var before = Heap.Reachable();
        var made = await ClosedLoop.Run(16, count, TimeSpan.FromMinutes(5), n => activate(n - 1));
        if (made.Failed > 0) throw new InvalidOperationException($"{made.Failed} of {count} {kind} activations were refused");
        var active = Heap.Reachable();
        var collected = await silo.Deactivate([.. Enumerable.Range(0, count).Select(grain)]);
        var after = Heap.Reachable();
        return new Figures(kind, count, (active - before) / (double)count, (active - after) / (double)Math.Max(1, collected));
    }
}
