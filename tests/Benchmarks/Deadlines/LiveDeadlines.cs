using System.Diagnostics;
using GridActors.Access;
using GridActors.Benchmarks.Hosts;
using GridActors.Benchmarks.Load;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Benchmarks.Deadlines;

/// <summary>Many open cases with live deadlines on one silo: each reported and filed, which the
/// platform dispatches to the grid's worker on duty, so its case and acceptance clocks run and one
/// reminder waits for its next instant. Each case is reported at its own spot, over 100 m from the
/// others, so none is flagged as a duplicate of another.
/// Cases are dealt round the grids, districts of ten grids with a worker each, 100 cases per grid, so
/// no grid or area board holds more than a realistic load and calls in flight meet different grains.</summary>
public sealed class LiveDeadlines(MemorySilo silo)
{
    public const int CasesPerGrid = 100;

    /// <summary>Keeps the whole run near ten minutes on a busy two-core machine.</summary>
    public static readonly TimeSpan OpeningTime = TimeSpan.FromMinutes(8);
    private const int GridsPerDistrict = 10;

    public sealed record Figures(
        int Cases, TimeSpan Setup, Throughput Opened, long ReminderRows,
        double BytesPerOpenCase, double BytesPerCaseActivation, int ActivationsCollected);

    private static string District(int d) => (410000 + d).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private static string Grid(int grid) => $"{District(grid / GridsPerDistrict)}101001-{grid % GridsPerDistrict + 1:D2}";
    private static Actor Admin(string grid) => new("admin", Role.Admin, grid[..6]);
    private static Actor Operator(string grid) => new("op", Role.Operator, grid[..9]);
    private static string Worker(string grid) => $"w-{grid}";

    public async Task<Figures> Run(int cases)
    {
        var grids = (cases + CasesPerGrid - 1) / CasesPerGrid;
        var setup = Stopwatch.StartNew();
        await ClosedLoop.Run(16, grids, TimeSpan.FromMinutes(5), async n =>
        {
            var grid = Grid(n - 1);
            var admin = Admin(grid);
            return await silo.Grains.GetGrain<IGridGrain>(grid).Define(new GridDefinition("Bench grid", GridType.Community), admin) is null
                && await silo.Grains.GetGrain<IWorkerGrain>(Worker(grid)).Register(new WorkerProfile(Worker(grid), WorkerKind.FullTime, [grid], null), admin) is null
                && await silo.Grains.GetGrain<IWorkerGrain>(Worker(grid)).SetDuty(DutyStatus.OnDuty, new Actor(Worker(grid), Role.Worker, grid)) is null;
        });
        setup.Stop();
        var before = Heap.Reachable();

        var opened = await ClosedLoop.Run(64, cases, OpeningTime, n => Open(n - 1, grids));
        var afterOpen = Heap.Reachable();
        var rows = (await silo.Services.GetRequiredService<IReminderTable>().ReadRows(0, 0)).Reminders.Count;

        // Deactivating only the cases leaves grids, workers, areas and the stored states in place:
        // what goes is what an incident activation itself holds.
        var collected = await silo.Deactivate([.. Enumerable.Range(0, opened.Succeeded + opened.Failed).Select(i => silo.Grains.GetGrain<IIncidentGrain>(Id(i)))]);
        var afterDeactivation = Heap.Reachable();

        return new Figures(cases, setup.Elapsed, opened, rows,
            (afterOpen - before) / (double)opened.Succeeded,
            (afterOpen - afterDeactivation) / (double)collected,
            collected);
    }

    private static string Id(int i) => $"bench-{i}";

    private async Task<bool> Open(int i, int grids)
    {
        var grid = Grid(i % grids);
        var incident = silo.Grains.GetGrain<IIncidentGrain>(Id(i));
        var reporter = new Actor(Worker(grid), Role.Worker, grid);
        var spot = new GeoPoint(31.7 + i / grids * 0.001, 119.95);
        var report = new Report(IncidentSource.Patrol, "environment.rubbish", Urgency.Normal, "Rubbish heap", grid, Location: spot);
        return (await incident.Handle(report, $"{Id(i)}-report", reporter)).Refusal is null
            && (await incident.Handle(new FileCase(null), $"{Id(i)}-file", Operator(grid))).Refusal is null;
    }
}
