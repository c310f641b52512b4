using System.Text.Json;
using GridActors.Access;
using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Log;
using GridActors.Territory;

namespace GridActors.Benchmarks.Warnings;

/// <summary>One appended event and the case row written with it.</summary>
public sealed record Appended(LoggedEvent Event, CaseRecord Row);

/// <summary>A month of a district's case log, made up but shaped like one: 280 grids (5 towns × 4
/// villages × 14 grids) on a lattice of square cells, cases reported at random over 30 days, one in
/// twenty at one of 100 hot spots (within about 10 m), each dispatched (80% to the grid, the rest to the
/// village, town, district or a department) with a deadline of 4 to 72 hours, nine in ten closed; and on
/// day 20 a surge of street vending in one town. In sequence order, each event with its case row.</summary>
public static class SyntheticMonth
{
    private static readonly string[] Categories =
    [
        "environment.rubbish", "environment.road-cleaning", "facilities.damaged", "order.street-vending", "construction.illegal",
        "safety.hazard", "dispute.neighbour", "key-person.matter", "vulnerable.service", "hotline.request",
    ];

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private sealed record Case(string Id, string Grid, string Category, GeoPoint At, DateTimeOffset ReportedAt);

    /// <summary>Cells of 0.02° (about 2 km: 280 of them make about 1,100 km², Wujin's size), or smaller for a denser district.</summary>
    public const double Cell = 0.02;

    public static IReadOnlyList<Appended> Generate(int events, double cell = Cell, int seed = 15)
    {
        var random = new Random(seed);
        var grids = Enumerable.Range(0, 280).Select(i => $"320412{101 + i / 56}{1 + i % 56 / 14:D3}-{1 + i % 14:D2}").ToArray();
        var spots = Enumerable.Range(0, 100).Select(_ => random.Next(grids.Length)).Select(g => (Grid: g, At: Inside(random, g, cell))).ToArray();
        var by = new Actor("bench", Role.Operator, "320412");
        var all = new List<(DateTimeOffset At, string Id, int Version, CaseEvent Event, Case Case)>();
        var n = 0;
        while (all.Count < events)
        {
            Case c;
            if (n % 300 == 299 && all.Count < events)
            {
                // The surge: day 20, town 103, street vending, 40 reports in six hours.
                var g = random.Next(112, 168);
                c = new Case($"bench-{n}", grids[g], "order.street-vending", Inside(random, g, cell), Start.AddDays(20).AddMinutes(random.Next(360)));
            }
            else if (random.Next(20) == 0)
            {
                var spot = spots[random.Next(spots.Length)];
                c = new Case($"bench-{n}", grids[spot.Grid], Categories[random.Next(Categories.Length)],
                    new GeoPoint(spot.At.Latitude + (random.NextDouble() - 0.5) * 0.0002, spot.At.Longitude + (random.NextDouble() - 0.5) * 0.0002),
                    Start.AddMinutes(random.Next(30 * 24 * 60)));
            }
            else
            {
                var g = random.Next(grids.Length);
                c = new Case($"bench-{n}", grids[g], Categories[random.Next(Categories.Length)], Inside(random, g, cell), Start.AddMinutes(random.Next(30 * 24 * 60)));
            }
            n++;
            all.Add((c.ReportedAt, c.Id, 1, new CaseReported(IncidentSource.Hotline12345, c.Category, Urgency.Normal, "来电反映", null, c.Grid, c.At, null, null)
                { Status = IncidentStatus.Reported }, c));
            var dispatchedAt = c.ReportedAt.AddMinutes(1 + random.Next(30));
            var due = dispatchedAt.AddHours(4 + random.Next(68));
            var level = random.Next(100) switch { < 80 => HandlingLevel.Grid, < 88 => HandlingLevel.Village, < 95 => HandlingLevel.Town, < 97 => HandlingLevel.District, _ => HandlingLevel.Department };
            all.Add((dispatchedAt, c.Id, 2, new CaseDispatched(null)
                { Status = IncidentStatus.Dispatched, Level = level, Handler = "h", Deadlines = new Incidents.Deadlines(CaseStart: dispatchedAt, CaseDue: due) }, c));
            if (random.Next(10) < 9)
                all.Add((dispatchedAt + (due - dispatchedAt) * (0.1 + random.NextDouble() * 1.1), c.Id, 3, new CaseClosed(null) { Status = IncidentStatus.Closed }, c));
        }
        return [.. all.OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Version).Take(events)
            .Select((e, i) => Logged(i + 1, e.At, e.Id, e.Version, e.Event, e.Case, by))];
    }

    /// <summary>A random point of the grid's cell, of <see cref="Cell"/> degrees a side.</summary>
    private static GeoPoint Inside(Random random, int grid, double cell) =>
        new(31.40 + grid / 20 * cell + random.NextDouble() * cell, 119.70 + grid % 20 * cell + random.NextDouble() * cell);

    private static Appended Logged(long sequence, DateTimeOffset at, string id, int version, CaseEvent e, Case c, Actor by)
    {
        var data = JsonSerializer.SerializeToElement(e, CaseEvents.Json);
        var logged = new LoggedEvent(sequence, CaseEvents.Stream, id, version, data.GetProperty("type").GetString()!, $"{id}:{version}", by, at, data.GetRawText());
        var row = new CaseRecord(id, version, e.Status, IncidentSource.Hotline12345, c.Category, Urgency.Normal, "来电反映", null,
            c.Grid, c.Grid[..12], c.Grid[..9], c.Grid[..6], e.Level, e.Handler, by.Id, by.Role, c.At.Latitude, c.At.Longitude, null,
            c.ReportedAt, null, e.Status == IncidentStatus.Closed ? at : null, e.Deadlines?.CaseDue, null, null, null, null, at, null, [by.Id]);
        return new Appended(logged, row);
    }
}
