using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>Live counts of an area: open and overdue cases, open cases by state, how many have
/// been closed, rejected or merged into another case since the area began counting, and at which
/// level cases are handled.</summary>
/// <param name="ByLevel">Open and closed cases by the level handling them now (or that closed them).</param>
/// <param name="UpperLevelShare">The share of those handled at town or district level, a department
/// counting as the district's (区镇两级流转事项占比; the seed targets about 20%); null before any dispatch.</param>
[GenerateSerializer, Immutable, Alias("area.counts.v1")]
public sealed record AreaCounts(
    [property: Id(0)] int Open,
    [property: Id(1)] int Overdue,
    [property: Id(2)] IReadOnlyDictionary<IncidentStatus, int> ByStatus,
    [property: Id(3)] int Closed,
    [property: Id(4)] int Rejected,
    [property: Id(5)] IReadOnlyDictionary<HandlingLevel, int> ByLevel,
    [property: Id(6)] decimal? UpperLevelShare,
    [property: Id(7)] int Merged);
