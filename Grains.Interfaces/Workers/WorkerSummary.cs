using GridActors.Territory;

namespace GridActors.Workers;

/// <summary>A worker as a board lists them. Version is monotonic per worker.</summary>
[GenerateSerializer, Immutable, Alias("worker.summary.v1")]
public sealed record WorkerSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] long Version,
    [property: Id(2)] string Name,
    [property: Id(3)] WorkerKind Kind,
    [property: Id(4)] IReadOnlyList<string> Grids,
    [property: Id(5)] DutyStatus Duty,
    [property: Id(6)] GeoPoint? LastPosition,
    [property: Id(7)] DateTimeOffset? LastSeenAt,
    [property: Id(8)] int Load);
