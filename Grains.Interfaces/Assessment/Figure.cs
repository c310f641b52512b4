namespace GridActors.Assessment;

/// <summary>One KPI of one unit for a period: what was counted over what, the value (the ratio, or
/// the average for an evaluation score; null when nothing was counted) and the formula version it
/// was computed by.</summary>
[GenerateSerializer, Immutable, Alias("assessment.figure.v1")]
public sealed record Figure(
    [property: Id(0)] string Indicator,
    [property: Id(1)] decimal Numerator,
    [property: Id(2)] decimal Denominator,
    [property: Id(3)] decimal? Value,
    [property: Id(4)] int FormulaVersion);
