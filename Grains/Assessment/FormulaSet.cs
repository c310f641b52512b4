namespace GridActors.Assessment;

/// <summary>One indicator's weight in the composite score and what it counts, in words.</summary>
public sealed record IndicatorFormula(string Code, Direction Direction, decimal Weight, string Description);

/// <summary>A grade and the lowest score that earns it.</summary>
public sealed record GradeBand(string Grade, decimal From);

/// <summary>A version of the formulas (考核公式): each indicator's weight and description, the
/// parameters the counting takes, and the grade bands, highest first. What the rules compute with;
/// <see cref="FormulaSetFile"/> reads and checks it.</summary>
public sealed record FormulaSet(
    int Version,
    IReadOnlyList<IndicatorFormula> Indicators,
    int SatisfiedFrom,
    TimeSpan DispatchLimit,
    decimal TownDistrictTarget,
    IReadOnlyList<GradeBand> Grades)
{
    public string? GradeOf(decimal? score) => score is { } s ? Grades.First(g => s >= g.From).Grade : null;
}
