using GridActors.Incidents;
using GridActors.Territory;
using Orleans.Runtime;

namespace GridActors.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public class AreaCountTests(ClusterFixture fixture)
{
    private static void AllLevels(AreaCounts[] counts, int open, IncidentStatus? status, int closed = 0, int rejected = 0, int overdue = 0)
    {
        Assert.Equal(4, counts.Length);
        foreach (var c in counts)
        {
            Assert.Equal((open, overdue, closed, rejected), (c.Open, c.Overdue, c.Closed, c.Rejected));
            if (status is { } s) Assert.Equal(new Dictionary<IncidentStatus, int> { [s] = open }, c.ByStatus);
            else Assert.Empty(c.ByStatus);
        }
    }

    [Fact]
    public async Task Counts_at_every_level_follow_a_case_from_report_to_closure()
    {
        var world = await World.Create(fixture.Grains);
        var id = $"{world.District}-1";

        await world.OnDuty(world.Handler);
        await world.Do(id, world.AReport(), world.Reporter);
        AllLevels(await world.CountsEverywhere(), 1, IncidentStatus.Reported);
        // Filing dispatches at once, so the levels count it dispatched.
        await world.Do(id, new FileCase(null), world.Operator);
        AllLevels(await world.CountsEverywhere(), 1, IncidentStatus.Dispatched);
        await world.Do(id, new Accept(), world.Handler);
        AllLevels(await world.CountsEverywhere(), 1, IncidentStatus.Accepted);
        await world.Do(id, new Resolve("cleared", null), world.Handler);
        AllLevels(await world.CountsEverywhere(), 1, IncidentStatus.Resolved);
        await world.Do(id, new Verify(null), world.Reporter);
        AllLevels(await world.CountsEverywhere(), 1, IncidentStatus.Verified);
        await world.Do(id, new Close(null), world.Operator);
        AllLevels(await world.CountsEverywhere(), 0, null, closed: 1);
        await world.Do(id, new Evaluate(5, null), world.Operator);
        AllLevels(await world.CountsEverywhere(), 0, null, closed: 1);

        Assert.Empty((await world.Area(world.District).GetBoard()).Open);
    }

    [Fact]
    public async Task A_rejected_case_is_counted_as_rejected_not_closed()
    {
        var world = await World.Create(fixture.Grains);
        await world.Do($"{world.District}-r", world.AReport(), world.Reporter);
        await world.Do($"{world.District}-r", new Reject("duplicate"), world.Operator);
        AllLevels(await world.CountsEverywhere(), 0, null, rejected: 1);
    }

    [Fact]
    public async Task A_case_past_its_deadline_counts_as_overdue_everywhere()
    {
        var world = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-o");
        var due = (await world.Incident(id).Get())!.DueAt!.Value;

        fixture.Time.SetUtcNow(due - TimeSpan.FromSeconds(1));
        AllLevels(await world.CountsEverywhere(), 1, IncidentStatus.Dispatched);
        fixture.Time.SetUtcNow(due + TimeSpan.FromSeconds(1));
        AllLevels(await world.CountsEverywhere(), 1, IncidentStatus.Dispatched, overdue: 1);
    }

    [Fact]
    public async Task A_grid_reads_its_open_cases_and_finished_tallies_back_from_the_case_rows_after_it_was_deactivated()
    {
        var world = await World.Create(fixture.Grains);
        await world.DispatchedCase($"{world.District}-open");
        await world.Do($"{world.District}-rejected", world.AReport(), world.Reporter);
        await world.Do($"{world.District}-rejected", new Reject("not ours"), world.Operator);
        var before = await world.GridGrain.GetLedger();

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var after = await world.GridGrain.GetLedger();
        Assert.Equal((1, 1, 0), (after.Open.Count, after.Rejected, after.Closed));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(after));
    }

    [Fact]
    public async Task An_area_rebuilds_its_counts_from_its_grids_after_it_was_deactivated()
    {
        var world = await World.Create(fixture.Grains);
        await world.DispatchedCase($"{world.District}-x");
        await world.DispatchedCase($"{world.District}-y");
        await world.Do($"{world.District}-y", new Accept(), world.Handler);

        var management = fixture.Grains.GetGrain<IManagementGrain>(0);
        Assert.Contains(await management.GetSimpleGrainStatistics(), s => s.GrainType.Contains(nameof(AreaGrain)) && s.ActivationCount > 0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        var stats = await management.GetSimpleGrainStatistics();
        Assert.DoesNotContain(stats, s => s.GrainType.Contains(nameof(AreaGrain)) && s.ActivationCount > 0);

        var district = await world.Area(world.District).GetCounts();
        Assert.Equal(2, district.Open);
        Assert.Equal(new Dictionary<IncidentStatus, int> { [IncidentStatus.Dispatched] = 1, [IncidentStatus.Accepted] = 1 }, district.ByStatus);
        Assert.Equal([$"{world.District}-x", $"{world.District}-y"], (await world.Area(world.District).GetBoard()).Open.Select(c => c.Id));
    }

    [Fact]
    public async Task The_share_handled_at_town_and_district_level_follows_escalation_and_survives_a_rebuild()
    {
        var world = await World.Create(fixture.Grains);
        var atGrid = await world.DispatchedCase($"{world.District}-g");
        var upward = await world.DispatchedCase($"{world.District}-t");
        await world.Do(upward, new Escalate(HandlingLevel.Town, world.Town, "needs the town's enforcement team"), world.Operator);
        await world.Do(atGrid, new Accept(), world.Handler);
        await world.Do(atGrid, new Resolve("cleared", null), world.Handler);
        await world.Do(atGrid, new Verify(null), world.Reporter);
        await world.Do(atGrid, new Close(null), world.Operator);

        var expected = new Dictionary<HandlingLevel, int> { [HandlingLevel.Grid] = 1, [HandlingLevel.Town] = 1 };
        var counts = await world.CountsEverywhere();
        Assert.All(counts, c => Assert.Equal(expected, c.ByLevel));
        Assert.All(counts, c => Assert.Equal(0.5m, c.UpperLevelShare));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var rebuilt = await world.Area(world.District).GetCounts();
        Assert.Equal(expected, rebuilt.ByLevel);
        Assert.Equal(0.5m, rebuilt.UpperLevelShare);
    }

    [Fact]
    public async Task No_share_is_claimed_before_anything_is_dispatched()
    {
        var world = await World.Create(fixture.Grains);
        await world.Do($"{world.District}-n", world.AReport(), world.Reporter);
        Assert.All(await world.CountsEverywhere(), c => Assert.Equal((0, (decimal?)null), (c.ByLevel.Count, c.UpperLevelShare)));
    }

    [Fact]
    public async Task Fifty_reports_in_one_grid_at_once_are_each_counted_once_everywhere()
    {
        var world = await World.Create(fixture.Grains);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => world.Do($"{world.District}-burst-{i}", world.AReport(), world.Reporter)));
        AllLevels(await world.CountsEverywhere(), 50, IncidentStatus.Reported);
        Assert.Equal(50, (await world.GridGrain.GetBoard()).Open.Select(c => c.Id).Distinct().Count());
    }
}
