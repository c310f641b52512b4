using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Territory.Geometry;
using NetTopologySuite.Geometries;

namespace GridActors.Silo.Demo;

/// <summary>The people of the demo district as the simulator plays them: who reports what, where and
/// how often, and how long each person takes over their part of a case. Plain code on a seeded
/// <see cref="Random"/>, so a run can be repeated; the delays are long enough now and then that
/// the platform's own time limits (re-offers, supervision, escalation) come into play.</summary>
public sealed class DemoScenario(DemoTerritory demo, IReadOnlyList<Category> categories, double reportsPerHour, Random random)
{
    /// <summary>The district's command centre, filing, verifying and closing everything.</summary>
    public static Actor Centre { get; } = new("demo-centre", Role.Operator, DemoDistrict.Code);

    private static readonly Actor Hotline = new("demo-12345", Role.External, "demo-12345");

    private readonly IReadOnlyList<TerritoryGrid> grids = TerritoryImport.Read(demo.GeoJson).Grids;

    /// <summary>Reports arrive as a Poisson process: exponential gaps with the configured mean.</summary>
    public TimeSpan NextGap() => TimeSpan.FromHours(-Math.Log(1 - random.NextDouble()) / reportsPerHour);

    /// <summary>A report at a random point of a random grid: mostly from the grid's own patrol, the
    /// rest through the 12345 hotline.</summary>
    public (Report Report, Actor By) NextReport()
    {
        var grid = grids[random.Next(grids.Count)];
        var category = categories[random.Next(categories.Count)];
        var urgency = random.NextDouble() switch { < 0.8 => Urgency.Normal, < 0.95 => Urgency.Urgent, _ => Urgency.VeryUrgent };
        var worker = demo.Workers.Where(w => w.GridCode == grid.Code).Select(w => w.Id).FirstOrDefault();
        var (source, by) = worker is not null && random.NextDouble() < 0.6
            ? (IncidentSource.Patrol, new Actor(worker, Role.Worker, grid.Code))
            : (IncidentSource.Hotline12345, Hotline);
        return (new Report(source, category.Code, urgency, category.NameZh, grid.Code, Location: PointIn(grid)), by);
    }

    /// <summary>The next thing a person does to the case, and after how long; null when nobody acts
    /// on a case in this state (it is finished, deferred, or waits for the platform).</summary>
    public (TimeSpan After, IncidentCommand Command, Actor By)? NextStep(IncidentView c) => c.Status switch
    {
        IncidentStatus.Reported when random.NextDouble() < 0.1 => (Minutes(1, 10), new Reject("not a matter for the platform (demo)"), Centre),
        IncidentStatus.Reported => (Minutes(1, 10), new FileCase(), Centre),
        IncidentStatus.Filed or IncidentStatus.Returned =>
            (Minutes(1, 10), new Dispatch(HandlingLevel.Village, Targets.AreaAt(c.GridCode, HandlingLevel.Village)), Centre),
        IncidentStatus.Dispatched when Handler(c) is { } handler => (Minutes(2, 80), new Accept(), handler),
        IncidentStatus.Accepted or IncidentStatus.Reworked when Handler(c) is { } handler =>
            (Minutes(15, 240), new Resolve("handled on site (demo)"), handler),
        IncidentStatus.Resolved when random.NextDouble() < 0.1 => (Minutes(5, 60), new Rework("not yet done (demo)"), Centre),
        IncidentStatus.Resolved => (Minutes(5, 60), new Verify(), Centre),
        IncidentStatus.Verified => (Minutes(1, 15), new Close(), Centre),
        IncidentStatus.Closed => (Minutes(10, 120), new Evaluate(random.Next(3, 6)), Centre),
        _ => null,
    };

    /// <summary>Whoever holds the case now: its grid worker, an area's command centre or a department.</summary>
    private static Actor? Handler(IncidentView c) => (c.Level, c.Handler) switch
    {
        (null, _) or (_, null) => null,
        (HandlingLevel.Grid, { } worker) => new Actor(worker, Role.Worker, c.GridCode),
        (HandlingLevel.Department, { } department) => new Actor($"demo-{department}", Role.Department, department),
        (_, { } area) => new Actor($"demo-centre-{area}", Role.Operator, area),
    };

    private TimeSpan Minutes(int least, int most) => TimeSpan.FromMinutes(least + random.NextDouble() * (most - least));

    private GeoPoint PointIn(TerritoryGrid grid)
    {
        var box = grid.Boundary.EnvelopeInternal;
        while (true)
        {
            var at = new Coordinate(box.MinX + random.NextDouble() * box.Width, box.MinY + random.NextDouble() * box.Height);
            if (grid.Boundary.Contains(grid.Boundary.Factory.CreatePoint(at))) return new GeoPoint(Math.Round(at.Y, 6), Math.Round(at.X, 6));
        }
    }
}
