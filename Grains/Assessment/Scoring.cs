namespace GridActors.Assessment;

/// <summary>From a unit's counts to its figures, composite score and grade, by a formula set.</summary>
public static class Scoring
{
    /// <summary>Values to four places and scores to two, rounded half away from zero, without trailing
    /// zeros (50, not 50.00 or 50.0, whichever way it was reached): the same counts always print the same.</summary>
    public static Figure Figure(string indicator, decimal numerator, decimal denominator, int version) =>
        new(indicator, numerator, denominator,
            denominator == 0 ? null : Rounded(numerator / denominator, 4), version);

    /// <summary>The weighted mean of the indicators' scores over those with something counted and a
    /// weight; null when there is none.</summary>
    public static decimal? Composite(IReadOnlyList<Figure> figures, FormulaSet formulas)
    {
        var (weighted, weights) = (0m, 0m);
        foreach (var f in formulas.Indicators)
        {
            if (f.Weight == 0 || figures.FirstOrDefault(x => x.Indicator == f.Code)?.Value is not { } value) continue;
            weighted += f.Weight * ScoreOf(value, f.Direction, formulas);
            weights += f.Weight;
        }
        return weights == 0 ? null : Rounded(weighted / weights, 2);
    }

    private static decimal Rounded(decimal value, int places) =>
        Math.Round(value, places, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;

    public static decimal ScoreOf(decimal value, Direction direction, FormulaSet formulas) => direction switch
    {
        Direction.HigherIsBetter => value * 100,
        Direction.LowerIsBetter => (1 - value) * 100,
        Direction.NearTarget => Math.Max(0, 1 - Math.Abs(value - formulas.TownDistrictTarget) / formulas.TownDistrictTarget) * 100,
        _ => (value - 1) / 4 * 100,
    };
}
