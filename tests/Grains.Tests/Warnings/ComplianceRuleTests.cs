using GridActors.Log;
using GridActors.Territory;
using GridActors.Warnings;

namespace GridActors.Tests.Warnings;

public class ComplianceRuleTests
{
    private const string District = "320412";
    private const string TownA = "320412101";
    private static readonly string[] Grids = ["320412101001-01", "320412101001-02", "320412102001-01"];

    /// <summary>No surge in these tests: they are about the compliance rule.</summary>
    private static readonly WarningSettings Settings = WarningSettings.Default with { SurgeMinimumCases = int.MaxValue };

    private static DateTimeOffset Cst(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static void Alert(CaseLog log, string id, string grid, AlertKind kind, DateTimeOffset raised, DateTimeOffset cleared)
    {
        log.Time.SetUtcNow(raised);
        log.Duty(AlertChanged.Stream, id, new AlertChanged(grid, kind, AlertChange.Raised, raised));
        log.Time.SetUtcNow(cleared);
        log.Duty(AlertChanged.Stream, id, new AlertChanged(grid, kind, AlertChange.Cleared, raised));
    }

    [Fact]
    public void Compliance_under_99_percent_over_the_last_seven_whole_days_is_raised_once_updated_as_it_moves_and_cleared_when_back()
    {
        // Town A (320412101) has two grids, town B (320412102) one: a 7-day window holds 14 grid-days
        // in A, 7 in B, 21 in the district. The patrols only name the grids.
        var log = new CaseLog(Settings);
        foreach (var grid in Grids) log.Duty(PatrolRecorded.Stream, grid, new PatrolRecorded(grid, "w-1"));
        Assert.Empty(log.Evaluate());

        // Tuesday 3 March: grid A-01's patrol is overdue for two hours, so its 3 March fails.
        Alert(log, "a1", Grids[0], AlertKind.PatrolOverdue, Cst(3, 10), Cst(3, 12));
        Assert.Empty(log.Evaluate()); // today is not judged yet: the window is 24 Feb – 2 Mar

        // Wednesday 4 March, 00:00: the window is 25 Feb – 3 Mar. A: 13 of 14; district: 20 of 21; B: 7 of 7.
        log.Time.SetUtcNow(Cst(4, 0));
        var raised = log.Evaluate();
        Assert.Equal([$"compliance-{District}-1", $"compliance-{TownA}-1"], raised.Select(w => w.Id));
        Assert.Equal([(WarningKind.Compliance, District, 0.9524, 0.99), (WarningKind.Compliance, TownA, 0.9286, 0.99)],
            raised.Select(w => (w.Kind, w.Area, w.Figure, w.Threshold)));
        Assert.Equal($"{TownA} 网格规范达标率低于 99%（92.86%）", raised[1].Text);
        Assert.Empty(log.Evaluate(log.ReadBack()));

        // Thursday 5 March 10:00–10:30, a working time: nobody on duty in grid A-02, so its 5 March fails.
        // Saturday 7 March 10:00–11:00 in grid B-01 is no working time: that day complies.
        Alert(log, "a2", Grids[1], AlertKind.BlindSpot, Cst(5, 10), Cst(5, 10, 30));
        Assert.Empty(log.Evaluate()); // the window is still 26 Feb – 4 Mar: the same figures, nothing said
        Alert(log, "a3", Grids[2], AlertKind.BlindSpot, Cst(7, 10), Cst(7, 11));

        // Sunday 8 March, window 1 – 7 March: A 12 of 14, district 19 of 21: both updated; B still 7 of 7.
        log.Time.SetUtcNow(Cst(8, 0));
        var updated = log.Evaluate();
        Assert.Equal([(District, 0.9048, 2), (TownA, 0.8571, 2)], updated.Select(w => (w.Area, w.Figure, w.Version)));

        // Thursday 12 March, window 5 – 11 March: the 3rd has left it. A 13 of 14, district 20 of 21.
        log.Time.SetUtcNow(Cst(12, 0));
        Assert.Equal([(District, 0.9524), (TownA, 0.9286)], log.Evaluate().Select(w => (w.Area, w.Figure)));

        // Friday 13 March, window 6 – 12 March: every grid-day complies; both clear.
        log.Time.SetUtcNow(Cst(13, 0));
        var cleared = log.Evaluate();
        Assert.Equal([$"compliance-{District}-1", $"compliance-{TownA}-1"], cleared.Where(w => !w.IsOpen).Select(w => w.Id));
        Assert.Equal(2, cleared.Count);
        Assert.Empty(log.Open());
    }
}
