using GridActors.Incidents;
using GridActors.Incidents.Log;
using GridActors.Territory;
using GridActors.Warnings;

namespace GridActors.Tests.Warnings;

public class RepeatSpotRuleTests
{
    private const string Grid = "320412101001-01";
    private static readonly GeoPoint Bridge = new(31.70000, 119.95000);

    /// <summary>No surge in these tests: they are about spots alone.</summary>
    private static readonly WarningSettings Settings = WarningSettings.Default with { SurgeMinimumCases = int.MaxValue };

    /// <summary>About <paramref name="metres"/> north of <paramref name="origin"/> (a degree of latitude is about 111.2 km).</summary>
    private static GeoPoint North(GeoPoint origin, double metres) => origin with { Latitude = origin.Latitude + metres / 111_195.0 };

    [Fact]
    public void Three_cases_within_50_metres_raise_one_spot_at_the_third_and_it_clears_when_the_first_is_30_days_old()
    {
        var log = new CaseLog(Settings);
        var first = log.Report(at: Bridge);
        log.Time.Advance(TimeSpan.FromDays(10));
        var second = log.Report(at: North(Bridge, 30));
        log.Report(at: North(Bridge, 200));
        Assert.Empty(log.Evaluate());

        log.Time.Advance(TimeSpan.FromDays(10));
        var third = log.Report(at: North(Bridge, 10));
        var raised = Assert.Single(log.Evaluate());
        Assert.Equal(($"spot-{third}-1", WarningKind.RepeatSpot, Grid, 1, 3.0, 3.0),
            (raised.Id, raised.Kind, raised.Area, raised.Version, raised.Figure, raised.Threshold));
        Assert.Equal([first, second, third], raised.Cases);
        Assert.Equal(new WarningCircle(North(Bridge, 10), 50), raised.Circle);
        Assert.Equal(Grid, raised.GridCode);
        Assert.Equal($"{Grid} 网格同一地点 30 天内重复发生 3 件", raised.Text);

        log.Time.Advance(TimeSpan.FromDays(10) - TimeSpan.FromSeconds(1));
        Assert.Empty(log.Evaluate());
        log.Time.Advance(TimeSpan.FromSeconds(1));
        var cleared = Assert.Single(log.Evaluate());
        Assert.Equal((raised.Id, 2, false), (cleared.Id, cleared.Version, cleared.IsOpen));
        Assert.Empty(log.Open());
    }

    [Fact]
    public void A_fourth_case_near_the_centre_updates_the_spot_and_a_merged_one_leaves_it()
    {
        var log = new CaseLog(Settings);
        log.Report(at: Bridge);
        log.Report(at: North(Bridge, 20));
        log.Report(at: North(Bridge, 40));
        var raised = Assert.Single(log.Evaluate());

        var fourth = log.Report(at: North(Bridge, 60));
        var updated = Assert.Single(log.Evaluate());
        Assert.Equal((raised.Id, 2, 4.0), (updated.Id, updated.Version, updated.Figure));
        Assert.Equal([.. raised.Cases, fourth], updated.Cases);

        log.Append(fourth, new CaseMerged("c1", null) { Status = IncidentStatus.Merged });
        var back = Assert.Single(log.Evaluate());
        Assert.Equal((3, 3.0, true), (back.Version, back.Figure, back.IsOpen));
    }

    [Fact]
    public void Cases_spread_further_than_50_metres_or_without_a_position_raise_nothing()
    {
        var log = new CaseLog(Settings);
        log.Report(at: Bridge);
        log.Report(at: North(Bridge, 55));
        log.Report(at: North(Bridge, -55));
        log.Report();
        log.Report();
        Assert.Empty(log.Evaluate());
    }
}
