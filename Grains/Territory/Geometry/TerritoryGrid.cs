using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace GridActors.Territory.Geometry;

/// <summary>A grid as imported: its code with the areas taken from it, its name and type, and its boundary
/// (WGS 84, x = longitude, y = latitude) both as a geometry and as the GeoJSON to store.</summary>
public sealed record TerritoryGrid(
    string Code,
    string Name,
    GridType Type,
    string Village,
    string Town,
    string District,
    NtsGeometry Boundary,
    string BoundaryGeoJson)
{
    /// <summary>The enclosing areas, nearest first, as <see cref="GridView.AreaPath"/> lists them.</summary>
    public IReadOnlyList<string> AreaPath => [Village, Town, District];
}
