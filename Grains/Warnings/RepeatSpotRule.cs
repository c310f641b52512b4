using System.Globalization;
using GridActors.Territory;
using GridActors.Territory.Geometry;

namespace GridActors.Warnings;

/// <summary>重复发生点: at least <see cref="WarningSettings.SpotMinimumCases"/> located cases within
/// <see cref="WarningSettings.SpotRadiusMetres"/> of one point, each reported within the last
/// <see cref="WarningSettings.SpotPeriod"/>. Spots form in log order: a case within the radius of a
/// spot's centre joins the nearest spot; otherwise, when enough cases not in any spot lie within the
/// radius of it, they form a spot centred on it (so every member is within the radius of the centre).
/// A spot holds until its members, as they age out or are rejected or merged, fall below the minimum;
/// then its rest are placed again as if just reported. Rejected and merged cases never count.</summary>
public sealed class RepeatSpotRule(WarningSettings settings) : IWarningRule
{
    /// <summary>A case with a position, held once: the index and the spots find it by reference.</summary>
    private sealed class Located(string id, DateTimeOffset reportedAt, GeoPoint location, string grid)
    {
        public string Id { get; } = id;
        public DateTimeOffset ReportedAt { get; } = reportedAt;
        public GeoPoint Location { get; } = location;
        public string GridCode { get; } = grid;
    }

    private static readonly Comparer<Located> ByReport = Comparer<Located>.Create((a, b) =>
        a.ReportedAt != b.ReportedAt ? a.ReportedAt.CompareTo(b.ReportedAt) : string.CompareOrdinal(a.Id, b.Id));

    private sealed class Spot(string key, GeoPoint centre, string grid)
    {
        public string Key { get; } = key;
        public GeoPoint Centre { get; } = centre;
        public string Grid { get; } = grid;
        public SortedSet<Located> Members { get; } = new(ByReport);

        /// <summary>What it says, until its members change.</summary>
        public Finding? Said { get; set; }
    }

    private readonly SortedSet<Located> located = new(ByReport);
    private readonly Dictionary<string, Located> byId = new(StringComparer.Ordinal);
    private readonly NearbyCells<Located> free = new(settings.SpotRadiusMetres);
    private readonly NearbyCells<Spot> centres = new(settings.SpotRadiusMetres);
    private readonly SortedDictionary<string, Spot> spots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Spot> spotOf = new(StringComparer.Ordinal);

    /// <summary>The findings, until a spot changes.</summary>
    private IReadOnlyList<Finding>? said;

    public WarningKind Kind => WarningKind.RepeatSpot;

    public TimeSpan Horizon => settings.SpotPeriod;

    public void Observe(CaseChange change)
    {
        var c = change.After;
        if (c.Location is null) return;
        if (change.Before is null && !c.Discarded)
        {
            var l = new Located(c.Id, c.ReportedAt, c.Location, c.GridCode);
            byId[c.Id] = l;
            located.Add(l);
            Place(l);
        }
        else if (change.Before is { Discarded: false } && c.Discarded && byId.Remove(c.Id, out var gone))
        {
            located.Remove(gone);
            Leave(gone);
        }
    }

    public IEnumerable<Finding> Evaluate(DateTimeOffset now)
    {
        var horizon = now - settings.SpotPeriod;
        while (located.Count > 0 && located.Min!.ReportedAt <= horizon)
        {
            var old = located.Min;
            located.Remove(old);
            byId.Remove(old.Id);
            Leave(old);
        }
        return said ??= [.. spots.Values.Select(s => s.Said ??= Found(s))];
    }

    private Finding Found(Spot s)
    {
        var days = settings.SpotPeriod.TotalDays.ToString("0.##", CultureInfo.InvariantCulture);
        var radius = settings.SpotRadiusMetres.ToString("0.##", CultureInfo.InvariantCulture);
        return new Finding(s.Key, WarningKind.RepeatSpot, s.Grid,
            $"{s.Grid} 网格同一地点 {days} 天内重复发生 {s.Members.Count} 件",
            string.Create(CultureInfo.InvariantCulture,
                $"以北纬 {s.Centre.Latitude:0.######}、东经 {s.Centre.Longitude:0.######} 为中心 {radius} 米内，{days} 天内上报 {s.Members.Count} 件事件（不少于 {settings.SpotMinimumCases} 件即预警），请排查根源。"),
            null, s.Members.Count, settings.SpotMinimumCases, new WarningCircle(s.Centre, settings.SpotRadiusMetres),
            [.. s.Members.Select(m => m.Id)]);
    }

    private void Place(Located c)
    {
        var at = c.Location;
        var nearest = centres.Around(at)
            .Select(s => (Spot: s, Metres: LocalMetric.Metres(s.Centre, at)))
            .Where(x => x.Metres <= settings.SpotRadiusMetres)
            .OrderBy(x => x.Metres).ThenBy(x => x.Spot.Key, StringComparer.Ordinal)
            .Select(x => x.Spot).FirstOrDefault();
        if (nearest is not null)
        {
            Join(nearest, c);
            return;
        }
        free.Add(at, c);
        var near = free.Around(at)
            .Where(n => LocalMetric.Metres(at, n.Location) <= settings.SpotRadiusMetres).ToList();
        if (near.Count < settings.SpotMinimumCases) return;
        var spot = new Spot($"spot-{c.Id}", at, c.GridCode);
        spots[spot.Key] = spot;
        centres.Add(at, spot);
        foreach (var n in near)
        {
            free.Remove(n.Location, n);
            Join(spot, n);
        }
    }

    private void Join(Spot spot, Located c)
    {
        spot.Members.Add(c);
        (spot.Said, said) = (null, null);
        spotOf[c.Id] = spot;
    }

    private void Leave(Located c)
    {
        if (!spotOf.Remove(c.Id, out var spot))
        {
            free.Remove(c.Location, c);
            return;
        }
        spot.Members.Remove(c);
        (spot.Said, said) = (null, null);
        if (spot.Members.Count >= settings.SpotMinimumCases) return;
        spots.Remove(spot.Key);
        centres.Remove(spot.Centre, spot);
        foreach (var rest in spot.Members)
        {
            spotOf.Remove(rest.Id);
            Place(rest);
        }
    }
}
