using GridActors.Calendar;
using GridActors.Incidents.Log;
using GridActors.Log;

namespace GridActors.Assessment;

/// <summary>The assessment of an area for a period: a pure function of the log's events and a
/// formula set (and the working calendar a dispatch limit is counted on). Nothing reads the clock,
/// and everything is listed in ordinal order, so the same inputs give the same report, byte for byte
/// once written, at any time on any silo.</summary>
public static class Assessment
{
    public static AssessmentReport Compute(IEnumerable<LoggedEvent> events, FormulaSet formulas, WorkingCalendar calendar,
        string area, Period period)
    {
        var inPeriod = events.Where(e => e.At < period.To).ToList();
        var tally = new Tally();
        foreach (var caseEvents in inPeriod.Where(e => e.Stream == CaseEvents.Stream)
                     .GroupBy(e => e.EntityId, StringComparer.Ordinal)
                     .Select(g => g.OrderBy(e => e.Version).ToList()))
        {
            if (caseEvents[0].Type != "case.reported.v1" || !AreaCode.Contains(area, GridOf(caseEvents[0]))) continue;
            CaseFacts.Count(caseEvents, period, formulas, calendar, tally);
        }
        var compliance = new GridOperationCompliance(inPeriod, period, calendar);
        foreach (var (grid, compliant, days) in compliance.ByGrid(area))
            tally.Add(Indicator.Compliance, compliant, [grid, .. AreaCode.Ancestors(grid)], days);

        var units = tally.Units
            .Select(unit => (Level: LevelOf(unit), Unit: unit))
            .Where(u => u.Level is UnitLevel.Worker or UnitLevel.Department || AreaCode.Contains(area, u.Unit))
            .OrderBy(u => u.Level).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .Select(u => Unit(u.Level, u.Unit, tally, formulas))
            .ToList();
        return new AssessmentReport(area, period.From, period.To, formulas.Version, units,
            Ranking(units, UnitLevel.Grid), Ranking(units, UnitLevel.Worker));
    }

    private static string GridOf(LoggedEvent reported) =>
        System.Text.Json.JsonSerializer.Deserialize<CaseReported>(reported.Data, CaseEvents.Json)!.GridCode;

    private static UnitAssessment Unit(UnitLevel level, string unit, Tally tally, FormulaSet formulas)
    {
        var figures = formulas.Indicators.Select(f =>
        {
            var (numerator, denominator) = tally.Of(unit, f.Code);
            return Scoring.Figure(f.Code, numerator, denominator, formulas.Version);
        }).ToList();
        var score = Scoring.Composite(figures, formulas);
        var code = level switch
        {
            UnitLevel.Worker => unit[Tally.WorkerPrefix.Length..],
            UnitLevel.Department => unit[Tally.DepartmentPrefix.Length..],
            _ => unit,
        };
        return new UnitAssessment(level, code, figures, score, formulas.GradeOf(score));
    }

    private static UnitLevel LevelOf(string unit) =>
        unit.StartsWith(Tally.WorkerPrefix, StringComparison.Ordinal) ? UnitLevel.Worker
        : unit.StartsWith(Tally.DepartmentPrefix, StringComparison.Ordinal) ? UnitLevel.Department
        : AreaCode.LevelOf(unit) switch
        {
            Territory.AreaLevel.District => UnitLevel.District,
            Territory.AreaLevel.Town => UnitLevel.Town,
            Territory.AreaLevel.Village => UnitLevel.Village,
            _ => UnitLevel.Grid,
        };

    /// <summary>Highest score first, equal scores by code; units with no score are not ranked.
    /// Equal scores share a rank (1, 2, 2, 4).</summary>
    private static IReadOnlyList<Ranked> Ranking(IReadOnlyList<UnitAssessment> units, UnitLevel level)
    {
        var scored = units.Where(u => u.Level == level && u.Score is not null)
            .OrderByDescending(u => u.Score).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var ranked = new List<Ranked>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && scored[i].Score == scored[i - 1].Score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new Ranked(rank, scored[i].Code, scored[i].Score!.Value, scored[i].Grade!));
        }
        return ranked;
    }
}
