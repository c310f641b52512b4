using NetTopologySuite.Algorithm.Locate;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Territory.Geometry;

internal static class Locators
{
    /// <summary>A point-in-area locator with its index already built: NTS builds it on first use, and a
    /// locator is read from many threads once it is published.</summary>
    public static IndexedPointInAreaLocator Warm(NtsGeometry area)
    {
        var locator = new IndexedPointInAreaLocator(area);
        locator.Locate(area.EnvelopeInternal.Centre);
        return locator;
    }
}
