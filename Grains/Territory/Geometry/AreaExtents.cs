using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;
// This namespace has its own Location, the answer of a grid lookup.
using PointLocation = NetTopologySuite.Geometries.Location;

namespace GridActors.Territory.Geometry;

/// <summary>The villages, towns and districts as their grids draw them. No file gives an area's own
/// boundary, so an area's extent is the union of its grids with the holes filled: a hole is a gap in
/// the area, not outside it. Unions are built bottom-up (villages, then towns from villages, then
/// districts from towns), which keeps each union small.</summary>
internal sealed class AreaExtents
{
    /// <summary>Nearest level first, so the first level that covers a point names the smallest area around it.</summary>
    private readonly STRtree<Area>[] levels;

    private AreaExtents(IReadOnlyList<Area> villages, IReadOnlyList<Area> towns, IReadOnlyList<Area> districts)
    {
        levels = [Index(villages), Index(towns), Index(districts)];
        Districts = districts;
    }

    public IReadOnlyList<Area> Districts { get; }

    public static AreaExtents Build(IEnumerable<(string GridCode, NtsGeometry Shape)> grids)
    {
        var villages = Unite(grids.Select(g => (AreaCode.Parent(g.GridCode)!, g.Shape)));
        var towns = Unite(villages.Select(v => (AreaCode.Parent(v.Code)!, v.Union)));
        var districts = Unite(towns.Select(t => (AreaCode.Parent(t.Code)!, t.Union)));
        return new(villages, towns, districts);
    }

    /// <summary>The code of the smallest area whose extent covers <paramref name="at"/>; the lowest code if
    /// extents overlap (they do only when the grids do); null outside every district.</summary>
    public string? SmallestCovering(Coordinate at)
    {
        var probe = new Envelope(at);
        foreach (var level in levels)
        {
            var covering = level.Query(probe)
                .Where(a => a.Extent.Locate(at) != PointLocation.Exterior)
                .Select(a => a.Code)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (covering is not null) return covering;
        }
        return null;
    }

    private static List<Area> Unite(IEnumerable<(string Code, NtsGeometry Shape)> parts) =>
        parts.GroupBy(p => p.Code, p => p.Shape, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Area.Of(g.Key, UnaryUnionOp.Union(g.ToList())))
            .ToList();

    private static STRtree<Area> Index(IReadOnlyList<Area> areas)
    {
        var tree = new STRtree<Area>();
        foreach (var area in areas) tree.Insert(area.Union.EnvelopeInternal, area);
        // Built now, not on the first query, so that readers on several threads never race to build it.
        tree.Build();
        return tree;
    }

    /// <summary>An area: the union of its grids (with any holes) and a point locator on that union filled.</summary>
    public sealed record Area(string Code, NtsGeometry Union, IndexedPointInAreaLocator Extent)
    {
        public static Area Of(string code, NtsGeometry union)
        {
            var filled = UnaryUnionOp.Union(
                PolygonExtracter.GetPolygons(union).Cast<Polygon>().Select(p => (NtsGeometry)union.Factory.CreatePolygon(p.Shell)).ToList());
            return new(code, union, Locators.Warm(filled));
        }
    }
}
