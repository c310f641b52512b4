using GridActors.Territory;
using Orleans.Concurrency;

namespace GridActors.Incidents;

/// <summary>Looks where a report being written would look once made: the open cases of its category
/// in the grid of the point and the grids within the duplicate distance of it (their ledgers).</summary>
[StatelessWorker, Reentrant]
public sealed class DuplicateFinderGrain(DuplicatePolicy policy, TimeProvider clock) : Grain, IDuplicateFinderGrain
{
    public async Task<IReadOnlyList<NearbyOpenCase>> Near(GeoPoint point, string category)
    {
        if (!point.IsValid) return [];
        var locator = GrainFactory.GetGrain<ILocatorGrain>(0);
        var here = (await locator.Locate(point)).GridCode;
        var grids = (await locator.GridsNear(point, policy.Metres)).Append(here).OfType<string>().Distinct();
        var open = await Task.WhenAll(grids.Select(g => GrainFactory.GetGrain<IGridGrain>(g).GetOpenOfCategory(category)));
        return [.. Duplicates.Near(point, category, clock.GetUtcNow(), policy, open.SelectMany(o => o)).Select(c => new NearbyOpenCase(c.Case, c.Metres))];
    }
}
