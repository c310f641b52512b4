namespace GridActors.Assessment;

/// <summary>The assessment of an area for [<see cref="From"/>, <see cref="To"/>): every unit within
/// it, by level then code, and the rankings of its grids and workers. A pure function of the log's
/// events before <see cref="To"/> and the formula version, so it reads the same whenever and
/// wherever it is computed again.</summary>
[GenerateSerializer, Immutable, Alias("assessment.report.v1")]
public sealed record AssessmentReport(
    [property: Id(0)] string Area,
    [property: Id(1)] DateTimeOffset From,
    [property: Id(2)] DateTimeOffset To,
    [property: Id(3)] int FormulaVersion,
    [property: Id(4)] IReadOnlyList<UnitAssessment> Units,
    [property: Id(5)] IReadOnlyList<Ranked> GridRanking,
    [property: Id(6)] IReadOnlyList<Ranked> WorkerRanking);
