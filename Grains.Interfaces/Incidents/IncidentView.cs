using GridActors.Access;
using GridActors.Attachments;
using GridActors.Territory;

namespace GridActors.Incidents;

/// <summary>A case file as read by people and systems: state, handler, deadlines and full history.
/// <see cref="Light"/> is computed from the clock when the view is read. <see cref="LikelyDuplicateOf"/>
/// names open cases of the same kind reported close by shortly before; <see cref="MergedInto"/> the case
/// this one was merged into; <see cref="Reporters"/> everyone who reported it, the first reporter and
/// those of the duplicates merged into it (<see cref="MergedFrom"/>). <see cref="DueEstimated"/> and
/// <see cref="StageDueEstimated"/> mark a deadline counted into a year the working calendar had no
/// holiday schedule for (Monday to Friday only); <see cref="DeadlineWarnings"/> says which and why.
/// <see cref="Attachments"/> are the photos attached to the case, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("incident.view.v1")]
public sealed record IncidentView(
    [property: Id(0)] string Id,
    [property: Id(1)] long Version,
    [property: Id(2)] IncidentStatus Status,
    [property: Id(3)] IncidentSource Source,
    [property: Id(4)] string Category,
    [property: Id(5)] Urgency Urgency,
    [property: Id(6)] string Title,
    [property: Id(7)] string? Description,
    [property: Id(8)] string GridCode,
    [property: Id(9)] IReadOnlyList<string> AreaPath,
    [property: Id(10)] GeoPoint? Location,
    [property: Id(11)] string? Address,
    [property: Id(12)] Actor Reporter,
    [property: Id(13)] DateTimeOffset ReportedAt,
    [property: Id(14)] HandlingLevel? Level,
    [property: Id(15)] string? Handler,
    [property: Id(16)] DateTimeOffset? DueAt,
    [property: Id(17)] int SupervisionCount,
    [property: Id(18)] int? Satisfaction,
    [property: Id(19)] IReadOnlyList<IncidentEvent> History,
    [property: Id(20)] DateTimeOffset? StageDueAt = null,
    [property: Id(21)] DateTimeOffset? StageWarnAt = null,
    [property: Id(22)] Light Light = Light.Green,
    [property: Id(23)] IReadOnlyList<string>? LikelyDuplicateOf = null,
    [property: Id(24)] string? MergedInto = null,
    [property: Id(25)] IReadOnlyList<Actor>? Reporters = null,
    [property: Id(26)] IReadOnlyList<string>? MergedFrom = null,
    [property: Id(27)] bool DueEstimated = false,
    [property: Id(28)] bool StageDueEstimated = false,
    [property: Id(29)] IReadOnlyList<string>? DeadlineWarnings = null,
    [property: Id(30)] IReadOnlyList<AttachmentRef>? Attachments = null);
