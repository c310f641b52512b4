using GridActors.Territory;

namespace GridActors.Incidents;

/// <summary>The few facts about a case that a grid, an area and a worker keep. Receivers apply it
/// only when its version is newer than what they hold, so it can be sent again safely.
/// <see cref="Light"/> is as of when the summary was made; a case republishes it when it changes.
/// <see cref="Location"/> and the category let a grid find the open cases a new report may duplicate.
/// <see cref="DueEstimated"/> and <see cref="StageDueEstimated"/>: the deadline was counted into a year
/// the working calendar had no holiday schedule for (Monday to Friday only), so it may fall on a holiday.</summary>
[GenerateSerializer, Immutable, Alias("incident.summary.v1")]
public sealed record IncidentSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] long Version,
    [property: Id(2)] IncidentStatus Status,
    [property: Id(3)] string Category,
    [property: Id(4)] Urgency Urgency,
    [property: Id(5)] string Title,
    [property: Id(6)] string GridCode,
    [property: Id(7)] HandlingLevel? Level,
    [property: Id(8)] string? Handler,
    [property: Id(9)] DateTimeOffset ReportedAt,
    [property: Id(10)] DateTimeOffset? DueAt,
    [property: Id(11)] DateTimeOffset? StageDueAt = null,
    [property: Id(12)] DateTimeOffset? StageWarnAt = null,
    [property: Id(13)] Light Light = Light.Green,
    [property: Id(14)] GeoPoint? Location = null,
    [property: Id(15)] IReadOnlyList<string>? LikelyDuplicateOf = null,
    [property: Id(16)] string? MergedInto = null,
    [property: Id(17)] bool DueEstimated = false,
    [property: Id(18)] bool StageDueEstimated = false);
