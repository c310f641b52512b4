using GridActors.Benchmarks.Hosts;
using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Benchmarks.Scale;

/// <summary>Synthetic changes of open cases, told straight to the district's area grain as its grids
/// tell it: case n of the district, spread over its grids, alternately filed and dispatched with a
/// deadline days away, each change a newer version, so every one is applied and pushes new counts.</summary>
public sealed class DistrictChanges(IGrainFactory grains, string district)
{
    private static readonly DateTimeOffset ReportedAt = DateTimeOffset.UtcNow;

    public IAreaGrain District => grains.GetGrain<IAreaGrain>(district);

    /// <summary>Case <paramref name="n"/>'s change number <paramref name="version"/> (from 1).</summary>
    public Task Tell(int n, long version) => District.Track(Summary(district, n, version));

    private static IncidentSummary Summary(string district, int n, long version) => new(
        $"synthetic-{n}", version, version % 2 == 0 ? IncidentStatus.Dispatched : IncidentStatus.Filed,
        "environment.rubbish", Urgency.Normal, "Rubbish piled at the gate", district + BenchDistrict.Grids[n % BenchDistrict.Grids.Count][6..],
        HandlingLevel.Grid, version % 2 == 0 ? GatewayApi.Worker : null, ReportedAt, ReportedAt.AddDays(3));
}
