namespace GridActors.Territory;

/// <summary>A grid's duty clock as read: its patrol cadence, the last patrol and the next due, and
/// its open alerts.</summary>
[GenerateSerializer, Immutable, Alias("grid.duties.v1")]
public sealed record GridDuties(
    [property: Id(0)] string Code,
    [property: Id(1)] TimeSpan PatrolCadence,
    [property: Id(2)] DateTimeOffset? LastPatrolAt,
    [property: Id(3)] DateTimeOffset PatrolDueAt,
    [property: Id(4)] IReadOnlyList<Alert> Alerts);
