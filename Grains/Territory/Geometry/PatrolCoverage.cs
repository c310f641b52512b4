using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Territory.Geometry;

/// <summary>The share of a grid a patrol covered: the part of the grid within <see cref="ReachMetres"/>
/// of the walked route, over the grid's area. Worked in local metres (the grid's centre as origin, by
/// <see cref="LocalMetric"/>'s equirectangular scale), where a buffer of 50 is 50 m in every direction.</summary>
public static class PatrolCoverage
{
    /// <summary>How far a worker on foot is taken to see either side of their path.</summary>
    public const double ReachMetres = 50;

    /// <summary>From 0 to 1; a route of one position covers the disc around it, none covers nothing.</summary>
    public static double Share(NtsGeometry grid, IReadOnlyList<GeoPoint> route)
    {
        if (grid.IsEmpty || route.Count == 0) return 0;
        var toMetres = LocalMetric.ToMetres(grid.EnvelopeInternal.Centre);
        var area = toMetres.Transform(grid);
        var points = route.Select(p => toMetres.Transform(new Coordinate(p.Longitude, p.Latitude), new Coordinate())).ToArray();
        NtsGeometry path = points.Distinct().Count() == 1 ? area.Factory.CreatePoint(points[0]) : area.Factory.CreateLineString(points);
        var reached = path.Buffer(ReachMetres);
        return Math.Clamp(area.Intersection(reached).Area / area.Area, 0, 1);
    }
}
