namespace GridActors.Assessment;

/// <summary>What is assessed: an area (district, town, village, grid), a grid worker or a department.</summary>
public enum UnitLevel { District, Town, Village, Grid, Worker, Department }

/// <summary>One unit's figures for a period, its weighted composite score (0 to 100, null when no
/// weighted figure had anything to count) and the grade the score falls in.</summary>
[GenerateSerializer, Immutable, Alias("assessment.unit.v1")]
public sealed record UnitAssessment(
    [property: Id(0)] UnitLevel Level,
    [property: Id(1)] string Code,
    [property: Id(2)] IReadOnlyList<Figure> Figures,
    [property: Id(3)] decimal? Score,
    [property: Id(4)] string? Grade);

/// <summary>A place in a ranking: by score, highest first; equal scores by code.</summary>
[GenerateSerializer, Immutable, Alias("assessment.ranked.v1")]
public sealed record Ranked(
    [property: Id(0)] int Rank,
    [property: Id(1)] string Code,
    [property: Id(2)] decimal Score,
    [property: Id(3)] string Grade);
