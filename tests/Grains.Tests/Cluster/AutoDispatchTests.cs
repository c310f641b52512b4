using GridActors.Access;
using GridActors.Incidents;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests.Cluster;

/// <summary>Filing a case on a live cluster: the platform dispatches it by itself, to the grid's
/// available worker with the fewest open cases, the nearest among equals, or the village when the
/// grid has nobody; operators can still move it, and each decision is in the history with its reason.</summary>
[Collection(ClusterCollection.Name)]
public class AutoDispatchTests(ClusterFixture fixture)
{
    /// <summary>350 m and 1001 m north of where <see cref="World.AReport"/> lies (31.7 N, 119.95 E).</summary>
    private static readonly GeoPoint Near = new(31.7 + 0.00315, 119.95);
    private static readonly GeoPoint Far = new(31.7 + 0.009, 119.95);

    private static async Task Seen(World world, Actor worker, GeoPoint at) =>
        Assert.Null(await world.Worker(worker.Id).Heartbeat(at, worker));

    /// <summary>A world whose handler and second worker are on duty, the handler seen 1001 m from the
    /// case and the second 350 m; the reporter is off duty.</summary>
    private async Task<World> HandlerFarSecondNear()
    {
        var world = await World.Create(fixture.Grains);
        await world.OnDuty(world.Handler);
        await world.OnDuty(world.Second);
        await Seen(world, world.Handler, Far);
        await Seen(world, world.Second, Near);
        return world;
    }

    private static async Task<IncidentView> Filed(World world, string id)
    {
        await world.Do(id, world.AReport(), world.Reporter);
        await world.Do(id, new FileCase(null), world.Operator);
        return (await world.Incident(id).Get())!;
    }

    private void AssertAutomatic(IncidentView view, World world, HandlingLevel level, string handler, string reason)
    {
        Assert.Equal((IncidentStatus.Dispatched, level, handler), (view.Status, view.Level, view.Handler));
        var dispatched = view.History[^1];
        Assert.Equal((EventKind.Dispatched, "dispatch:auto:v2", reason, fixture.Time.GetUtcNow()),
            (dispatched.Kind, dispatched.CommandId, dispatched.Text, dispatched.At));
        Assert.Equal(Timeouts.ActorFor(world.Grid), dispatched.By);
    }

    [Fact]
    public async Task The_worker_with_the_fewest_open_cases_gets_the_case_though_another_is_nearer()
    {
        var world = await HandlerFarSecondNear();

        AssertAutomatic(await Filed(world, $"{world.District}-l1"), world, HandlingLevel.Grid, world.Second.Id, "least loaded on-duty worker, 0 open cases, 350 m");
        AssertAutomatic(await Filed(world, $"{world.District}-l2"), world, HandlingLevel.Grid, world.Handler.Id, "least loaded on-duty worker, 0 open cases, 1001 m");
        // Both hold one now: the nearer worker again.
        AssertAutomatic(await Filed(world, $"{world.District}-l3"), world, HandlingLevel.Grid, world.Second.Id, "least loaded on-duty worker, 1 open case, 350 m");
        Assert.Equal([$"{world.District}-l1", $"{world.District}-l3"], (await world.Worker(world.Second.Id).Get())!.Pending.Select(a => a.IncidentId));
    }

    [Fact]
    public async Task Between_equally_loaded_workers_the_one_last_seen_nearest_gets_the_case()
    {
        var world = await HandlerFarSecondNear();

        AssertAutomatic(await Filed(world, $"{world.District}-t"), world, HandlingLevel.Grid, world.Second.Id, "least loaded on-duty worker, 0 open cases, 350 m");
        Assert.Empty((await world.Worker(world.Handler.Id).Get())!.Pending);
    }

    [Fact]
    public async Task A_worker_off_duty_is_passed_over_however_near()
    {
        var world = await World.Create(fixture.Grains);
        await world.OnDuty(world.Handler);
        await Seen(world, world.Reporter, Near);
        await Seen(world, world.Handler, Far);
        await Seen(world, world.Second, Near);
        Assert.Null(await world.Worker(world.Second.Id).SetDuty(DutyStatus.OnLeave, world.Second));

        AssertAutomatic(await Filed(world, $"{world.District}-o"), world, HandlingLevel.Grid, world.Handler.Id, "least loaded on-duty worker, 0 open cases, 1001 m");
    }

    [Fact]
    public async Task With_nobody_on_duty_in_the_grid_the_case_goes_to_the_village()
    {
        var world = await World.Create(fixture.Grains);

        var view = await Filed(world, $"{world.District}-v");

        AssertAutomatic(view, world, HandlingLevel.Village, world.Village, $"no worker on duty in grid {world.Grid}: sent to the village");
        Assert.All(await world.CountsEverywhere(), c => Assert.Equal(new Dictionary<IncidentStatus, int> { [IncidentStatus.Dispatched] = 1 }, c.ByStatus));
    }

    [Fact]
    public async Task An_operator_overrides_the_platform_s_choice_and_the_history_names_both()
    {
        var world = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-x");

        await world.Do(id, new Reoffer(world.Second.Id, "w2 is at the school gate"), world.Operator);
        var view = (await world.Incident(id).Get())!;
        Assert.Equal(
            [(Actor.SystemId, (string?)world.Handler.Id), (world.Operator.Id, world.Second.Id)],
            view.History.Where(e => e.Kind == EventKind.Dispatched).Select(e => (e.By.Id, e.Handler)));
        Assert.Equal("w2 is at the school gate", view.History[^1].Text);
        Assert.Empty((await world.Worker(world.Handler.Id).Get())!.Pending);
        Assert.Equal([id], (await world.Worker(world.Second.Id).Get())!.Pending.Select(a => a.IncidentId));

        await world.Do(id, new Escalate(HandlingLevel.Town, world.Town, "needs the town's lorry"), world.Operator);
        view = (await world.Incident(id).Get())!;
        Assert.Equal((EventKind.Escalated, world.Operator, "needs the town's lorry", HandlingLevel.Town),
            (view.History[^1].Kind, view.History[^1].By, view.History[^1].Text, view.Level));
    }

    [Fact]
    public async Task A_retried_filing_dispatches_once()
    {
        var world = await World.Create(fixture.Grains);
        await world.OnDuty(world.Handler);
        await world.OnDuty(world.Second);
        var id = $"{world.District}-r";
        await world.Do(id, world.AReport(), world.Reporter);

        var first = await world.Incident(id).Handle(new FileCase(null), "file-r", world.Operator);
        var again = await world.Incident(id).Handle(new FileCase(null), "file-r", world.Operator);

        Assert.Equal((2L, false, 3L, true), (first.Version, first.AlreadyApplied, again.Version, again.AlreadyApplied));
        var view = (await world.Incident(id).Get())!;
        Assert.Equal([EventKind.Reported, EventKind.Filed, EventKind.Dispatched], view.History.Select(e => e.Kind));
        Assert.Equal(1, (await world.Worker(world.Handler.Id).Get())!.Load + (await world.Worker(world.Second.Id).Get())!.Load);
    }

    [Fact]
    public async Task A_filing_cut_short_before_its_dispatch_is_dispatched_once_on_a_retry_or_on_the_next_tick()
    {
        var world = await World.Create(fixture.Grains);
        await world.OnDuty(world.Handler);
        string[] cases = [$"{world.District}-retried", $"{world.District}-ticked"];
        foreach (var id in cases)
        {
            await world.Do(id, world.AReport(), world.Reporter);
            // The filing is stored; the dispatch after it is lost.
            fixture.Faults.FailNextAppend("case.dispatched.v1");
            await Assert.ThrowsAnyAsync<Exception>(() => world.Incident(id).Handle(new FileCase(null), $"file-{id}", world.Operator));
            Assert.Equal(IncidentStatus.Filed, (await world.Incident(id).Get())!.Status);
        }

        await world.Incident(cases[0]).Handle(new FileCase(null), $"file-{cases[0]}", world.Operator);
        await Reminders.Tick(world.Incident(cases[1]), "deadline");
        await Reminders.Tick(world.Incident(cases[1]), "deadline");

        foreach (var id in cases)
        {
            var view = (await world.Incident(id).Get())!;
            Assert.Equal([EventKind.Reported, EventKind.Filed, EventKind.Dispatched], view.History.Select(e => e.Kind));
            AssertAutomatic(view, world, HandlingLevel.Grid, world.Handler.Id, view.History[^1].Text!);
        }
        Assert.Equal(cases, (await world.Worker(world.Handler.Id).Get())!.Pending.Select(a => a.IncidentId));
        Assert.All(await world.CountsEverywhere(), c => Assert.Equal(new Dictionary<IncidentStatus, int> { [IncidentStatus.Dispatched] = 2 }, c.ByStatus));
    }
}
