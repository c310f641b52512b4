using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>Live counts of an area: open and overdue cases, open cases by state, and how many have
/// been closed, rejected or merged into another case since the area began counting.</summary>
[GenerateSerializer, Immutable, Alias("area.counts.v1")]
public sealed record AreaCounts(
    [property: Id(0)] int Open,
    [property: Id(1)] int Overdue,
    [property: Id(2)] IReadOnlyDictionary<IncidentStatus, int> ByStatus,
    [property: Id(3)] int Closed,
    [property: Id(4)] int Rejected,
    [property: Id(5)] int Merged = 0);
