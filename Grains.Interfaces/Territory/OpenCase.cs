using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>An open case as an area keeps it: enough to count it and list it on a board.</summary>
[GenerateSerializer, Immutable, Alias("open-case.v1")]
public sealed record OpenCase(
    [property: Id(0)] string Id,
    [property: Id(1)] long Version,
    [property: Id(2)] IncidentStatus Status,
    [property: Id(3)] string Category,
    [property: Id(4)] Urgency Urgency,
    [property: Id(5)] string Title,
    [property: Id(6)] string GridCode,
    [property: Id(7)] HandlingLevel? Level,
    [property: Id(8)] string? Handler,
    [property: Id(9)] DateTimeOffset? DueAt);
