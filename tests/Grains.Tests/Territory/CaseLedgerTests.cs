using GridActors.Incidents;
using GridActors.Territory;

namespace GridActors.Tests.Territory;

/// <summary>The counts a board shows, kept as cases come and go: each figure equals what counting
/// the open cases afresh gives, however the cases moved.</summary>
public class CaseLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static IncidentSummary Case(string id, long version, IncidentStatus status, DateTimeOffset? due = null,
        HandlingLevel? level = null, string category = "environment.rubbish") =>
        new(id, version, status, category, Urgency.Normal, "t", "320412101001-01", level, null, Now.AddDays(-1), due);

    [Fact]
    public void Counts_follow_cases_through_moves_deadlines_and_closure()
    {
        var ledger = new CaseLedger();
        ledger.Apply(Case("a", 1, IncidentStatus.Reported));
        ledger.Apply(Case("b", 1, IncidentStatus.Filed, due: Now.AddHours(-1)));
        ledger.Apply(Case("c", 1, IncidentStatus.Dispatched, due: Now.AddHours(1), level: HandlingLevel.Grid));
        ledger.Apply(Case("d", 2, IncidentStatus.Dispatched, due: Now.AddHours(-2), level: HandlingLevel.Town, category: "roads.pothole"));
        // b's deadline moves later, c's passes, d closes at the town, a repeat of a changes nothing.
        ledger.Apply(Case("b", 2, IncidentStatus.Filed, due: Now.AddHours(3)));
        ledger.Apply(Case("c", 2, IncidentStatus.Accepted, due: Now.AddMinutes(-1), level: HandlingLevel.Grid));
        ledger.Apply(Case("d", 3, IncidentStatus.Closed, level: HandlingLevel.Town));
        Assert.False(ledger.Apply(Case("a", 1, IncidentStatus.Reported)));
        Assert.False(ledger.Apply(Case("d", 4, IncidentStatus.Evaluated, level: HandlingLevel.Town)));

        var counts = ledger.Counts(Now);

        Assert.Equal((3, 1, 1), (counts.Open, counts.Overdue, counts.Closed));
        Assert.Equal(new Dictionary<IncidentStatus, int> { [IncidentStatus.Reported] = 1, [IncidentStatus.Filed] = 1, [IncidentStatus.Accepted] = 1 }, counts.ByStatus);
        Assert.Equal(new Dictionary<HandlingLevel, int> { [HandlingLevel.Grid] = 1, [HandlingLevel.Town] = 1 }, counts.ByLevel);
        Assert.Equal(0.5m, counts.UpperLevelShare);
        Assert.Equal(["a", "b", "c"], ledger.OpenOfCategory("environment.rubbish").Select(c => c.Id).Order());
        Assert.Empty(ledger.OpenOfCategory("roads.pothole"));
        // A deadline that is exactly now is not overdue yet.
        Assert.Equal(0, ledger.Counts(Now.AddMinutes(-1)).Overdue);
    }

    [Fact]
    public void The_same_version_with_a_later_light_is_a_change_and_an_earlier_light_is_an_old_look()
    {
        var ledger = new CaseLedger();
        ledger.Apply(Case("a", 3, IncidentStatus.Dispatched, due: Now.AddHours(1), level: HandlingLevel.Grid));

        Assert.True(ledger.Apply(Case("a", 3, IncidentStatus.Dispatched, due: Now.AddHours(1), level: HandlingLevel.Grid) with { Light = Light.Yellow }));
        Assert.False(ledger.Apply(Case("a", 3, IncidentStatus.Dispatched, due: Now.AddHours(1), level: HandlingLevel.Grid)));
        Assert.False(ledger.Apply(Case("a", 2, IncidentStatus.Filed) with { Light = Light.Red }));

        Assert.Equal(Light.Yellow, ledger.Open["a"].Light);
    }
}
