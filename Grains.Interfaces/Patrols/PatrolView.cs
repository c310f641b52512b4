namespace GridActors.Patrols;

/// <summary>A patrol of a grid by one of its workers: its route so far, and once stopped the share of
/// the grid it covered (from 0 to 1; null when the grid has no boundary in the territory file).</summary>
[GenerateSerializer, Immutable, Alias("patrol.view.v1")]
public sealed record PatrolView(
    [property: Id(0)] string Id,
    [property: Id(1)] string GridCode,
    [property: Id(2)] string WorkerId,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset? StoppedAt,
    [property: Id(5)] IReadOnlyList<RouteSample> Route,
    [property: Id(6)] double? Coverage);
