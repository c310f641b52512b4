namespace GridActors.Territory;

/// <summary>A grid as read: definition, area path, workers and live counts. A retired grid was
/// dropped from the territory: it keeps its history but takes no new reports or workers.</summary>
[GenerateSerializer, Immutable, Alias("grid.view.v1")]
public sealed record GridView(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] GridType Type,
    [property: Id(3)] IReadOnlyList<string> AreaPath,
    [property: Id(4)] IReadOnlyList<string> Workers,
    [property: Id(5)] AreaCounts Counts,
    [property: Id(6)] bool Retired = false);
