using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Warnings;

namespace GridActors.Tests.Warnings;

public class OverdueAndShareRuleTests
{
    private const string Village = "320412101001";

    /// <summary>No surge in these tests: they are about other rules.</summary>
    private static readonly WarningSettings Settings = WarningSettings.Default with { SurgeMinimumCases = int.MaxValue };

    private static void Dispatch(CaseLog log, string id, HandlingLevel level, DateTimeOffset due) =>
        log.Append(id, new CaseDispatched(null)
        {
            Status = IncidentStatus.Dispatched, Level = level, Handler = "h",
            Deadlines = new Deadlines(CaseStart: log.Time.GetUtcNow(), CaseDue: due),
        });

    [Fact]
    public void Three_overdue_cases_in_one_village_raise_a_cluster_that_clears_when_one_is_closed()
    {
        var log = new CaseLog(Settings);
        var due = log.Time.GetUtcNow() + TimeSpan.FromHours(4);
        var ids = Enumerable.Range(0, 3).Select(i => log.Report($"{Village}-0{i + 1}")).ToList();
        foreach (var id in ids) Dispatch(log, id, HandlingLevel.Grid, due);
        var elsewhere = log.Report("320412101002-01");
        Dispatch(log, elsewhere, HandlingLevel.Grid, due);

        log.Time.SetUtcNow(due);
        Assert.Empty(log.Evaluate());
        log.Time.Advance(TimeSpan.FromSeconds(1));
        var raised = Assert.Single(log.Evaluate());
        Assert.Equal(($"overdue-{Village}-1", WarningKind.OverdueCluster, Village, 3.0), (raised.Id, raised.Kind, raised.Area, raised.Figure));
        Assert.Equal(ids, raised.Cases);
        Assert.Equal($"{Village} 村（社区）3 件事件超期", raised.Text);

        log.Append(ids[1], new CaseClosed(null) { Status = IncidentStatus.Closed });
        Assert.False(Assert.Single(log.Evaluate()).IsOpen);
    }

    [Fact]
    public void A_town_handling_far_more_than_a_fifth_at_town_and_district_level_is_warned_and_the_warning_clears_as_it_returns()
    {
        var log = new CaseLog(Settings with { ShareMinimumCases = 10 });
        var due = log.Time.GetUtcNow() + TimeSpan.FromDays(5);
        // 10 cases, 4 at town level: 40%, more than 10 points over the 20% target.
        for (var i = 0; i < 10; i++) Dispatch(log, log.Report(), i < 4 ? HandlingLevel.Town : HandlingLevel.Grid, due);
        var raised = log.Evaluate();
        Assert.Equal(["share-320412-1", "share-320412101-1"], raised.Select(w => w.Id));
        Assert.All(raised, w => Assert.Equal((0.4, 0.2), (w.Figure, w.Threshold)));
        Assert.Equal("320412101 区镇两级流转占比偏高（40%）", raised[1].Text);

        // 10 more at grid level: 4 of 20, exactly on target.
        for (var i = 0; i < 10; i++) Dispatch(log, log.Report(), HandlingLevel.Grid, due);
        Assert.All(log.Evaluate(), w => Assert.False(w.IsOpen));
        Assert.Empty(log.Open());
    }
}
