using NetTopologySuite.Simplify;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Gateway.Areas;

/// <summary>How much detail a Leaflet zoom level can show. Leaflet draws 256-pixel Web Mercator tiles,
/// so a pixel at zoom z and latitude φ covers 2πR·cos φ / (256·2^z) metres on the ground; a vertex
/// moved less than that is invisible, so boundaries are simplified to that tolerance.</summary>
public static class MapZoom
{
    public const int Lowest = 0;
    public const int Highest = 22;

    /// <summary>From zoom 18 a pixel is under 0.6 m, finer than a grid boundary is drawn to: polygons go out whole.</summary>
    public const int FullDetailFrom = 18;

    /// <summary>The WGS 84 semi-major axis Web Mercator projects with, metres.</summary>
    private const double EarthRadius = 6_378_137;
    private const double TilePixels = 256;
    private const double MetresPerDegreeOfLatitude = 2 * Math.PI * EarthRadius / 360;

    public static bool TryRead(string? text, out int? zoom)
    {
        zoom = null;
        if (text is null) return true;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level)
            || level is < Lowest or > Highest)
            return false;
        zoom = level;
        return true;
    }

    /// <summary>The zoom as far as it changes what is drawn: null for full detail (no zoom, or a high one).</summary>
    public static int? Detail(int? zoom) => zoom < FullDetailFrom ? zoom : null;

    public static double MetresPerPixel(int zoom, double latitude) =>
        2 * Math.PI * EarthRadius * Math.Cos(latitude * Math.PI / 180) / (TilePixels * Math.Pow(2, zoom));

    /// <summary>The simplification tolerance in degrees (the boundaries' unit): one pixel, as degrees of
    /// latitude, which keeps a moved vertex within a pixel both north-south and east-west (a degree of
    /// longitude is the shorter one). Null for full detail.</summary>
    public static double? Tolerance(int? zoom, double latitude) =>
        Detail(zoom) is { } level ? MetresPerPixel(level, latitude) / MetresPerDegreeOfLatitude : null;

    /// <summary>NTS's topology-preserving simplifier: a polygon stays valid (its rings neither cross
    /// nor collapse) however coarse the zoom.</summary>
    public static NtsGeometry Simplify(NtsGeometry boundary, double? tolerance) =>
        tolerance is { } degrees ? TopologyPreservingSimplifier.Simplify(boundary, degrees) : boundary;
}
