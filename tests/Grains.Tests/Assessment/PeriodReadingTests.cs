using GridActors.Assessment;
using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Log;
using GridActors.Territory;
using static GridActors.Tests.Assessment.CaseLog;
using static GridActors.Tests.Assessment.HandBuiltMonth;

namespace GridActors.Tests.Assessment;

/// <summary>The assessment reads the log for its period and for the cases still open at its start,
/// not from the log's first day, and reports the same as from the whole log.</summary>
public sealed class PeriodReadingTests
{
    private static readonly FormulaSet Shipped = FormulaSetFile.Read(FormulaSetFile.Shipped, 1).Set!;

    [Fact]
    public void A_case_closed_before_the_period_and_not_touched_in_it_is_read_as_its_report_alone_and_the_report_is_the_same()
    {
        // Before June: a case done with in May; one closed in May but evaluated in June; one merged in
        // May whose case deadline falls in June; one still waiting at June's start, its deadline in
        // June; and an alert raised in May, open into June.
        var settled = Done(new CaseLog("may-done"), At(5, 4, 9)).Events;
        var evaluatedLate = Done(new CaseLog("may-evaluated-in-june"), At(5, 11, 9)).Evaluated(At(6, 2, 10), 5).Events;
        var merged = new CaseLog("may-merged").Reported(At(5, 30, 9), W2, Grid2).Filed(At(5, 30, 10), At(6, 3, 17)).Merged(At(5, 30, 11), "may-open").Events;
        var open = new CaseLog("may-open").Reported(At(5, 29, 9), W1, Grid1).Filed(At(5, 29, 10), At(6, 2, 17))
            .Dispatched(At(5, 29, 10), HandlingLevel.Grid, W1.Id, At(6, 1, 11)).Events;
        var alert = CaseLog.Alert("alert-may", Grid2, AlertKind.PatrolOverdue, At(5, 31, 8), At(6, 1, 12));
        List<LoggedEvent> log = [.. settled, .. evaluatedLate, .. merged, .. open, .. alert, .. Events];

        var read = PeriodReading.Of(log, From, To);

        Assert.Equal([.. log.Except(settled.Skip(1))], read);
        Assert.Equal(Json(June(log)), Json(June(read)));
    }

    private static CaseLog Done(CaseLog log, DateTimeOffset at) =>
        log.Reported(at, W1, Grid1).Filed(at.AddMinutes(5), at.AddDays(2))
            .Dispatched(at.AddMinutes(5), HandlingLevel.Grid, W1.Id, at.AddHours(1)).Accepted(at.AddMinutes(30), W1, at.AddHours(8))
            .Resolved(at.AddHours(2), W1, at.AddHours(20)).Verified(at.AddHours(3)).Closed(at.AddHours(4));

    private static AssessmentReport June(IEnumerable<LoggedEvent> events) =>
        GridActors.Assessment.Assessment.Compute(events, Shipped, WorkingCalendar.Default, District, new Period(From, To));

    private static string Json(AssessmentReport r) => System.Text.Json.JsonSerializer.Serialize(r);
}
