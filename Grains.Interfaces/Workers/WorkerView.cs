using GridActors.Territory;

namespace GridActors.Workers;

/// <summary>A worker as a board shows them: profile, duty, where they were last seen, load, and whether they fell silent.</summary>
[GenerateSerializer, Immutable, Alias("worker.view.v1")]
public sealed record WorkerView(
    [property: Id(0)] string Id,
    [property: Id(1)] WorkerProfile Profile,
    [property: Id(2)] DutyStatus Duty,
    [property: Id(3)] GeoPoint? LastPosition,
    [property: Id(4)] DateTimeOffset? LastSeenAt,
    [property: Id(5)] IReadOnlyList<Assignment> Pending,
    [property: Id(6)] int Load,
    [property: Id(7)] long Version,
    [property: Id(8)] bool Offline = false);
