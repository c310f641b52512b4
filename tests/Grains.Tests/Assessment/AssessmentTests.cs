using GridActors.Assessment;
using GridActors.Calendar;
using GridActors.Log;
using static GridActors.Tests.Assessment.HandBuiltMonth;

namespace GridActors.Tests.Assessment;

/// <summary>The assessment as a plain function of a list of events: no cluster, no clock.</summary>
public sealed class AssessmentTests
{
    private static readonly FormulaSet Shipped = FormulaSetFile.Read(FormulaSetFile.Shipped, 1).Set!;

    private static AssessmentReport June(IEnumerable<LoggedEvent> events, string area = District, FormulaSet? formulas = null) =>
        GridActors.Assessment.Assessment.Compute(events, formulas ?? Shipped, WorkingCalendar.Default, area, new Period(From, To));

    [Fact]
    public void The_hand_built_month_counts_exactly_what_its_comments_count()
    {
        var report = June(Events);

        Assert.Equal(Counts.Keys.Order(StringComparer.Ordinal), report.Units.Select(Key).Order(StringComparer.Ordinal));
        foreach (var unit in report.Units)
            foreach (var figure in unit.Figures)
                Assert.True(Counts[Key(unit)][figure.Indicator] == (figure.Numerator, figure.Denominator),
                    $"{Key(unit)} {figure.Indicator}: {figure.Numerator}/{figure.Denominator}, counted by hand {Counts[Key(unit)][figure.Indicator]}");
        foreach (var (key, (score, grade)) in Scores)
            Assert.Equal((score, grade), (report.Units.Single(u => Key(u) == key).Score, report.Units.Single(u => Key(u) == key).Grade));
        Assert.Equal(new[] { (1, Grid2, "B"), (2, Grid1, "C") }, report.GridRanking.Select(r => (r.Rank, r.Code, r.Grade)));
        Assert.Equal(new[] { (1, "w-1", "C"), (2, "w-2", "D") }, report.WorkerRanking.Select(r => (r.Rank, r.Code, r.Grade)));
    }

    [Fact]
    public void Events_in_any_order_and_events_after_the_period_change_nothing()
    {
        var shuffled = Events.Reverse().ToList();
        var later = new CaseLog("case-later").Reported(CaseLog.At(7, 1, 0), W1, Grid1).Filed(CaseLog.At(7, 1, 1), CaseLog.At(7, 2, 17)).Events;

        Assert.Equal(Json(June(Events)), Json(June([.. shuffled, .. later])));
    }

    [Fact]
    public void A_town_sees_its_own_units_and_no_unit_above_it()
    {
        var report = June(Events, Village);

        Assert.DoesNotContain(report.Units, u => u.Level is UnitLevel.District or UnitLevel.Town);
        Assert.Equal((57m, 60m), Figure(report, UnitLevel.Village, Village, Indicator.Compliance));
    }

    [Fact]
    public void Another_formula_version_gives_other_figures_and_scores_for_the_same_events()
    {
        var lenient = FormulaSetFile.Read(FormulaSetFile.Shipped.Replace("\"satisfiedFrom\": 4", "\"satisfiedFrom\": 2"), 2).Set!;

        var report = June(Events, formulas: lenient);

        // A scored 5 and B 2: with 2 enough, both count as satisfied, and grid -01 scores higher
        // (satisfaction 100 instead of 50: + 10 × 50 over its weights of 96, 68.89 → 74.10).
        Assert.Equal((2m, 2m), Figure(report, UnitLevel.Grid, Grid1, Indicator.Satisfaction));
        Assert.Equal(74.10m, report.Units.Single(u => u.Code == Grid1).Score);
        Assert.All(report.Units.SelectMany(u => u.Figures), f => Assert.Equal(2, f.FormulaVersion));
        Assert.Equal(2, report.FormulaVersion);
    }

    [Fact]
    public void Grid_operation_compliance_is_asked_for_an_area_and_a_period()
    {
        var compliance = new GridOperationCompliance(Events, new Period(CaseLog.At(6, 10, 0), CaseLog.At(6, 12, 0)), WorkingCalendar.Default);

        // Two days × two grids; grid -02 lost both.
        Assert.Equal((2, 4), compliance.Of(District));
        Assert.Equal((0, 2), compliance.Of(Grid2));
    }

    private static (decimal, decimal) Figure(AssessmentReport report, UnitLevel level, string code, string indicator)
    {
        var f = report.Units.Single(u => u.Level == level && u.Code == code).Figures.Single(f => f.Indicator == indicator);
        return (f.Numerator, f.Denominator);
    }

    private static string Key(UnitAssessment u) => $"{u.Level.ToString().ToLowerInvariant()}/{u.Code}";

    private static string Json(AssessmentReport r) => System.Text.Json.JsonSerializer.Serialize(r);
}
