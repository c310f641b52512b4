using GridActors.Territory;

namespace GridActors.Incidents;

/// <summary>Before a report is made, the open cases it would likely duplicate (the rule a report is
/// flagged by once made): a stateless worker, so asking never queues behind a grid or a case.</summary>
[Alias("duplicate-finder")]
public interface IDuplicateFinderGrain : IGrainWithIntegerKey
{
    /// <summary>Open cases of <paramref name="category"/> near <paramref name="point"/>, nearest first.</summary>
    [Alias("near")]
    Task<IReadOnlyList<NearbyOpenCase>> Near(GeoPoint point, string category);
}

/// <summary>An open case and how far it lies from the point asked about, in metres.</summary>
[GenerateSerializer, Immutable, Alias("incident.nearby-open.v1")]
public sealed record NearbyOpenCase([property: Id(0)] IncidentSummary Case, [property: Id(1)] double Metres);
