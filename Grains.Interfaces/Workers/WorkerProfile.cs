namespace GridActors.Workers;

/// <summary>Who a worker is and which grids they serve. Set by an admin.</summary>
[GenerateSerializer, Immutable, Alias("worker.profile.v1")]
public sealed record WorkerProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] WorkerKind Kind,
    [property: Id(2)] IReadOnlyList<string> Grids,
    [property: Id(3)] string? Phone = null);
