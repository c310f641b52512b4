using Orleans.Concurrency;

namespace GridActors.Territory;

/// <summary>Answers "which grid is this point in" from the silo it runs on, out of that silo's own
/// copy of the territory: a stateless worker, so locating never queues behind one activation.</summary>
[Alias("locator")]
public interface ILocatorGrain : IGrainWithIntegerKey
{
    [Alias("locate")]
    Task<GridLocation> Locate(GeoPoint point);

    /// <summary>The codes of the grids whose area lies within <paramref name="metres"/> of the point.</summary>
    [Alias("grids-near")]
    Task<IReadOnlyList<string>> GridsNear(GeoPoint point, double metres);

    /// <summary>The grids of an area (a district, town, village or one grid) in the territory file in
    /// force; without their boundaries when that file's version is <paramref name="unlessVersion"/>.</summary>
    [Alias("area-shapes")]
    Task<AreaShapes> GetShapes(string area, string? unlessVersion);
}
