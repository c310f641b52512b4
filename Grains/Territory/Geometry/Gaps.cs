using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Union;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Territory.Geometry;

/// <summary>Blind spots (盲区): places enclosed by grids that no grid covers. They are exactly the holes of
/// the union of all grids, so each is found once, and is then named after the smallest area whose extent
/// encloses it: a village for a hole among its own grids, a town for one between its villages, and so on.</summary>
internal static class Gaps
{
    public static IEnumerable<ImportFinding> Find(IReadOnlyList<FeatureRead> shaped, AreaExtents areas, double tolerance)
    {
        // Grids without a usable code belong to no area, but they still cover ground.
        var uncoded = shaped.Where(s => s.Code is null).Select(s => s.Shape!);
        var all = UnaryUnionOp.Union(areas.Districts.Select(d => d.Union).Concat(uncoded).ToList());
        var pieces = PolygonExtracter.GetPolygons(all).Cast<Polygon>().ToList();

        foreach (var piece in pieces)
            foreach (var hole in piece.Holes)
            {
                var gap = WithoutIslands(all.Factory.CreatePolygon(hole), pieces);
                var area = LocalMetric.SquareMetres(gap);
                if (area < tolerance) continue;
                var at = gap.InteriorPoint.Coordinate;
                var enclosing = areas.SmallestCovering(at);
                var where = enclosing is null ? "the territory" : $"{AreaCode.LevelOf(enclosing).ToString().ToLowerInvariant()} {enclosing}";
                yield return new(null, enclosing, FindingKind.Gap,
                    $"a gap of {area:F1} m² in {where} around ({at.X:F6}, {at.Y:F6}) lies in no grid", area);
            }
    }

    /// <summary>A hole may hold grids of its own (an island of grids in a ring of uncovered land); they are not part of the gap.</summary>
    private static NtsGeometry WithoutIslands(Polygon hole, IReadOnlyList<Polygon> pieces)
    {
        var islands = pieces.Where(p => hole.EnvelopeInternal.Contains(p.EnvelopeInternal) && hole.Covers(p)).ToList<NtsGeometry>();
        return islands.Count == 0 ? hole : hole.Difference(UnaryUnionOp.Union(islands));
    }
}
