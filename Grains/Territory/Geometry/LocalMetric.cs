using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Territory.Geometry;

/// <summary>Metres from lon/lat degrees by a local equirectangular approximation: a degree of latitude is
/// R·π/180 metres, a degree of longitude that times cos(latitude). Over a piece the size of a grid or a
/// district the error is far below the import tolerance, and it needs no projection library.</summary>
internal static class LocalMetric
{
    /// <summary>Mean Earth radius (IUGG), metres.</summary>
    private const double EarthRadius = 6_371_008.8;
    private const double MetresPerDegree = EarthRadius * Math.PI / 180;

    /// <summary>Area in m². An equirectangular projection is affine, so the area in square degrees only needs
    /// scaling; each piece is scaled at its own latitude, which is closer than one latitude for the whole file.</summary>
    public static double SquareMetres(NtsGeometry geometry)
    {
        if (geometry.IsEmpty) return 0;
        var latitude = geometry.EnvelopeInternal.Centre.Y;
        return geometry.Area * MetresPerDegree * MetresPerDegree * Math.Cos(latitude * Math.PI / 180);
    }

    /// <summary>Metres between two positions, scaled at their mean latitude: exact enough for "which
    /// worker is nearer" and "within 50 m", where both points lie in one district.</summary>
    public static double Metres(GeoPoint a, GeoPoint b)
    {
        var north = (b.Latitude - a.Latitude) * MetresPerDegree;
        var east = (b.Longitude - a.Longitude) * MetresPerDegree * Math.Cos((a.Latitude + b.Latitude) / 2 * Math.PI / 180);
        return Math.Sqrt(north * north + east * east);
    }

    /// <summary>The lon/lat box reaching <paramref name="metres"/> from a point each way.</summary>
    public static Envelope Around(Coordinate at, double metres)
    {
        var north = metres / MetresPerDegree;
        var east = north / Math.Cos(at.Y * Math.PI / 180);
        return new Envelope(at.X - east, at.X + east, at.Y - north, at.Y + north);
    }

    /// <summary>Distance in metres from <paramref name="from"/> to <paramref name="geometry"/>, scaled at the point's latitude.</summary>
    public static double Metres(Coordinate from, NtsGeometry geometry) =>
        ToMetres(from).Transform(geometry).Distance(geometry.Factory.CreatePoint(new Coordinate(0, 0)));

    /// <summary>Lon/lat to metres east and north of <paramref name="origin"/>, scaled at its latitude.</summary>
    public static AffineTransformation ToMetres(Coordinate origin) => new AffineTransformation()
        .Translate(-origin.X, -origin.Y)
        .Scale(MetresPerDegree * Math.Cos(origin.Y * Math.PI / 180), MetresPerDegree);
}
