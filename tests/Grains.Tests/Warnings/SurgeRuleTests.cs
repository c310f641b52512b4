using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Warnings;

namespace GridActors.Tests.Warnings;

public class SurgeRuleTests
{
    // A day's window against the 14 days before it, k = 3, at least 5 cases.
    private static readonly WarningSettings Settings = WarningSettings.Default;
    private const string Town = "320412101";
    private const string OtherTown = "320412102";

    /// <summary>Fifteen days, one or two rubbish reports a day in the town at 09:00 and one in the other
    /// town; it is then 09:00 of the 16th day, and the baseline is the 14 whole days before yesterday
    /// (mean 1.5, sd 0.5: the threshold is 1.5 + 3 × 0.5 = 3, with the floor of 5 cases above it).</summary>
    private static CaseLog WithHistory()
    {
        var log = new CaseLog(Settings);
        for (var day = 0; day < 15; day++)
        {
            for (var i = 0; i < 1 + day % 2; i++) log.Report();
            log.Report("320412102001-01");
            log.Time.Advance(TimeSpan.FromDays(1));
            Assert.Empty(log.Evaluate());
        }
        return log;
    }

    [Fact]
    public void A_surge_in_one_town_raises_one_warning_at_the_fifth_report_and_clears_when_the_day_passes()
    {
        var log = WithHistory();
        for (var i = 1; i <= 4; i++)
        {
            log.Report();
            log.Time.Advance(TimeSpan.FromMinutes(10));
            Assert.Empty(log.Evaluate());
        }

        log.Report();
        var raised = Assert.Single(log.Evaluate());
        Assert.Equal(($"surge-{Town}-environment.rubbish-1", WarningKind.Surge, Town, 1, 5.0, 3.0, (DateTimeOffset?)null),
            (raised.Id, raised.Kind, raised.Area, raised.Version, raised.Figure, raised.Threshold, raised.ClearedAt));
        Assert.Equal($"{Town} environment.rubbish 类事件激增", raised.Text);
        Assert.Contains("上报 environment.rubbish 类事件 5 件，高于前 14 个时段的均值 1.5 加 3 倍标准差 0.5（阈值 3", raised.Description);
        Assert.Empty(log.Evaluate());

        log.Report();
        var updated = Assert.Single(log.Evaluate());
        Assert.Equal((raised.Id, 2, 6.0), (updated.Id, updated.Version, updated.Figure));
        Assert.Equal(updated, Assert.Single(log.Open()));
        Assert.Empty(log.Open(OtherTown));

        // A day after the reports the window holds none of them.
        log.Time.Advance(TimeSpan.FromDays(1));
        var cleared = Assert.Single(log.Evaluate());
        Assert.Equal((raised.Id, 3, log.Time.GetUtcNow()), (cleared.Id, cleared.Version, cleared.ClearedAt));
        Assert.Empty(log.Open());
        Assert.Equal([1, 2, 3], log.Said.Select(w => w.Version));
        Assert.All(log.Said, w => Assert.Equal(raised.Id, w.Id));
    }

    [Fact]
    public void The_same_count_in_a_town_whose_history_is_that_busy_raises_nothing()
    {
        var log = new CaseLog(Settings);
        for (var day = 0; day < 15; day++)
        {
            for (var i = 0; i < 6; i++) log.Report();
            log.Time.Advance(TimeSpan.FromDays(1));
        }
        for (var i = 0; i < 6; i++) log.Report();
        Assert.Empty(log.Evaluate());
    }

    [Fact]
    public void Rejected_reports_leave_the_count_and_the_surge_clears_when_it_falls_under_the_minimum()
    {
        var log = WithHistory();
        var ids = Enumerable.Range(0, 5).Select(_ => log.Report()).ToList();
        Assert.Single(log.Evaluate());

        log.Append(ids[0], new CaseRejected("duplicate") { Status = IncidentStatus.Rejected });
        var cleared = Assert.Single(log.Evaluate());
        Assert.False(cleared.IsOpen);
    }

    [Fact]
    public void A_surge_that_comes_back_after_clearing_is_a_new_warning()
    {
        var log = WithHistory();
        for (var i = 0; i < 5; i++) log.Report();
        Assert.Single(log.Evaluate());
        log.Time.Advance(TimeSpan.FromDays(1));
        Assert.False(Assert.Single(log.Evaluate()).IsOpen);

        for (var i = 0; i < 8; i++) log.Report();
        var again = Assert.Single(log.Evaluate());
        Assert.Equal(($"surge-{Town}-environment.rubbish-2", 1), (again.Id, again.Version));
    }

    [Fact]
    public void A_town_without_a_baselines_worth_of_history_is_not_judged()
    {
        var log = new CaseLog(Settings);
        log.Report("320412101001-01", "safety.hazard");
        log.Time.Advance(TimeSpan.FromDays(14));
        for (var i = 0; i < 9; i++) log.Report();
        Assert.Empty(log.Evaluate());
    }

    [Fact]
    public void A_follower_reading_the_log_back_after_a_restart_says_nothing_twice_and_goes_on_from_there()
    {
        var log = WithHistory();
        for (var i = 0; i < 5; i++) log.Report();
        var raised = Assert.Single(log.Evaluate());

        var restarted = log.ReadBack();
        Assert.Empty(log.Evaluate(restarted));
        Assert.Equal(Json(raised), Json(Assert.Single(restarted.Book.Open(Town))));

        log.Time.Advance(TimeSpan.FromDays(1));
        var cleared = Assert.Single(log.Evaluate(restarted));
        Assert.Equal((raised.Id, 2, false), (cleared.Id, cleared.Version, cleared.IsOpen));
    }

    [Fact]
    public void A_follower_back_after_the_surge_ended_clears_it_at_once()
    {
        var log = WithHistory();
        for (var i = 0; i < 5; i++) log.Report();
        var raised = Assert.Single(log.Evaluate());
        log.Time.Advance(TimeSpan.FromDays(2));

        var cleared = Assert.Single(log.Evaluate(log.ReadBack()));
        Assert.Equal((raised.Id, 2, false), (cleared.Id, cleared.Version, cleared.IsOpen));
    }

    [Fact]
    public void The_same_log_and_moments_give_the_same_warnings_in_a_fresh_engine()
    {
        static List<EarlyWarning> Run()
        {
            var log = WithHistory();
            for (var i = 0; i < 7; i++) log.Report();
            log.Evaluate();
            log.Time.Advance(TimeSpan.FromDays(1));
            log.Evaluate();
            return log.Said;
        }
        Assert.Equal(Json(Run()), Json(Run()));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, CaseEvents.Json);
}
