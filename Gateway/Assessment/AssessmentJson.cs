using GridActors.Assessment;

namespace GridActors.Gateway.Assessment;

/// <summary>The report as the API answers it: the units by level (<c>district</c>, <c>town</c>,
/// <c>village</c>, <c>grid</c>, <c>worker</c>, <c>department</c>, each by code) and the rankings.</summary>
public sealed record AssessmentJson(
    string Area, DateTimeOffset From, DateTimeOffset To, int FormulaVersion,
    IReadOnlyDictionary<string, IReadOnlyList<AssessmentJson.Unit>> Levels,
    AssessmentJson.Rankings Ranking)
{
    public sealed record Unit(string Code, decimal? Score, string? Grade, IReadOnlyList<Figure> Figures);

    public sealed record Rankings(IReadOnlyList<Ranked> Grids, IReadOnlyList<Ranked> Workers);

    public static string LevelName(UnitLevel level) => level.ToString().ToLowerInvariant();

    public static AssessmentJson Of(AssessmentReport r) => new(
        r.Area, r.From, r.To, r.FormulaVersion,
        Enum.GetValues<UnitLevel>().ToDictionary(LevelName,
            level => (IReadOnlyList<Unit>)[.. r.Units.Where(u => u.Level == level).Select(u => new Unit(u.Code, u.Score, u.Grade, u.Figures))]),
        new Rankings(r.GridRanking, r.WorkerRanking));
}
