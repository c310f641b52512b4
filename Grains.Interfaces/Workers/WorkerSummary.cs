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
    [property: Id(8)] int Load,
    [property: Id(9)] bool Offline = false)
{
    /// <summary>On duty and heard from lately: someone a case can be offered to.</summary>
    public bool IsAvailable => !Offline && Duty is DutyStatus.OnDuty or DutyStatus.OnPatrol or DutyStatus.Handling;
}
