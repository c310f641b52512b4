using System.Collections.Concurrent;
using GridActors.Territory;

namespace GridActors.Gateway.Areas;

/// <summary>This gateway's copy of each area's outline, for the territory version in force. Every
/// request asks this silo's locator, naming the version held: the boundaries cross the wire only
/// when the territory changed. Areas without grids are not kept, so made-up codes cost nothing.</summary>
public sealed class MapShapes(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, AreaOutline> held = new(StringComparer.Ordinal);

    public async Task<AreaOutline> Of(string area)
    {
        held.TryGetValue(area, out var outline);
        var answer = await grains.GetGrain<ILocatorGrain>(0).GetShapes(area, outline?.Version);
        if (answer.Grids is null && outline is not null) return outline;
        outline = new AreaOutline(answer.Version, answer.Grids ?? []);
        if (outline.Grids.Count > 0) held[area] = outline;
        else held.TryRemove(area, out _);
        return outline;
    }
}
