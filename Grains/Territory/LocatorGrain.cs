using GridActors.Territory.Geometry;
using Orleans.Concurrency;

namespace GridActors.Territory;

/// <summary>Locates on the silo that takes the call, from that silo's <see cref="TerritoryIndex"/>.
/// Reentrant: a lookup waiting for the index to load does not hold up the others.</summary>
[StatelessWorker, Reentrant]
public sealed class LocatorGrain(TerritoryIndex index) : Grain, ILocatorGrain
{
    public async Task<GridLocation> Locate(GeoPoint point)
    {
        var location = await index.Locate(point);
        return new(location.GridCode, location.AreaPath, location.Reason.ToString(), Describe(location));
    }

    public Task<IReadOnlyList<string>> GridsNear(GeoPoint point, double metres) => index.Near(point, metres);

    public Task<AreaShapes> GetShapes(string area, string? unlessVersion) => index.Shapes(area, unlessVersion);

    private static string Describe(Location l) => l.Reason switch
    {
        LocationReason.InGrid => $"inside grid {l.GridCode}",
        LocationReason.OnSharedEdge => $"on an edge shared by several grids; it goes to {l.GridCode}",
        LocationReason.InGap => $"not inside any grid; nearest area {l.AreaPath[0]}",
        LocationReason.OutsideTerritory => $"not inside any grid; outside the territory, nearest area {l.AreaPath[0]}",
        LocationReason.InvalidPoint => Expected.Position,
        _ => "not inside any grid; no territory has been imported",
    };
}
