using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
// Location in this namespace is the answer of Locate; this is NTS's place of a point relative to an area.
using PointLocation = NetTopologySuite.Geometries.Location;

namespace GridActors.Territory.Geometry;

/// <summary>Finds the grid of a point. Immutable: an import builds a new locator from all its grids and
/// the holder swaps the reference, so readers never see a half-loaded territory and need no lock.</summary>
public sealed class GridLocator
{
    private readonly STRtree<Entry> grids = new();
    private readonly AreaExtents areas;
    private readonly bool empty;

    private GridLocator(IReadOnlyCollection<TerritoryGrid> territory)
    {
        foreach (var grid in territory)
            grids.Insert(grid.Boundary.EnvelopeInternal, new Entry(grid.Code, grid.Boundary, Locators.Warm(grid.Boundary)));
        // Built now, not on the first query, so concurrent readers never race to build it.
        grids.Build();
        areas = AreaExtents.Build(territory.Select(g => (g.Code, g.Boundary)));
        empty = territory.Count == 0;
    }

    public static GridLocator Build(IReadOnlyCollection<TerritoryGrid> grids) => new(grids);

    /// <summary>Never null. A point covered by several grids (on their shared edge or corner) goes to the
    /// lowest of their codes by ordinal order: any fixed rule would do, and this one needs no state and
    /// gives the same owner on every silo and after every rebuild.</summary>
    public Location Locate(GeoPoint point)
    {
        if (!point.IsValid) return new(null, [], LocationReason.InvalidPoint);
        if (empty) return new(null, [], LocationReason.NoTerritory);

        var at = new Coordinate(point.Longitude, point.Latitude);
        var covering = grids.Query(new Envelope(at))
            .Where(e => e.Locator.Locate(at) != PointLocation.Exterior)
            .Select(e => e.Code)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (covering.Count > 0)
            return new(covering[0], AreaCode.Ancestors(covering[0]), covering.Count == 1 ? LocationReason.InGrid : LocationReason.OnSharedEdge);

        if (areas.SmallestCovering(at) is { } area)
            return new(null, [area, .. AreaCode.Ancestors(area)], LocationReason.InGap);

        var nearest = areas.Districts.MinBy(d => LocalMetric.Metres(at, d.Union))!;
        return new(null, [nearest.Code], LocationReason.OutsideTerritory);
    }

    /// <summary>The grids whose area comes within <paramref name="metres"/> of the point, by code: the
    /// index narrows them to a box around the point, the boundaries decide.</summary>
    public IReadOnlyList<string> Near(GeoPoint point, double metres)
    {
        if (!point.IsValid || empty) return [];
        var at = new Coordinate(point.Longitude, point.Latitude);
        return [.. grids.Query(LocalMetric.Around(at, metres))
            .Where(e => LocalMetric.Metres(at, e.Boundary) <= metres)
            .Select(e => e.Code)
            .Order(StringComparer.Ordinal)];
    }

    private sealed record Entry(string Code, NetTopologySuite.Geometries.Geometry Boundary, IndexedPointInAreaLocator Locator);
}
