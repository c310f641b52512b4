using GridActors.Incidents;

namespace GridActors.Territory;

/// <summary>What a map colours a grid by: how many open cases it has and the worst of their lights
/// (null with none), and how many open alerts. A board lists only grids with an open case or alert.</summary>
[GenerateSerializer, Immutable, Alias("grid.light.v1")]
public sealed record GridLight(
    [property: Id(0)] string Code,
    [property: Id(1)] int OpenCases,
    [property: Id(2)] Light? WorstLight,
    [property: Id(3)] int Alerts);
