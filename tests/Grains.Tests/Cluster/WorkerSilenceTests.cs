using GridActors.Incidents;
using GridActors.Live;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests.Cluster;

/// <summary>A worker's app falls silent: the worker's own timer, on the fake clock, takes them offline
/// and moves their unacknowledged offers on. Each test awaits what the timer published.</summary>
[Collection(LiveCollection.Name)]
public class WorkerSilenceTests(LiveClusterFixture fixture)
{
    private static readonly GeoPoint Canal = new(31.7, 119.95);
    private ClusterFixture Silo => fixture.Silo;

    private async Task OnDutyAndHeard(World world, GridActors.Access.Actor worker)
    {
        Assert.Null(await world.Worker(worker.Id).SetDuty(DutyStatus.OnDuty, world.Operator));
        Assert.Null(await world.Worker(worker.Id).Heartbeat(Canal, worker));
    }

    [Fact]
    public async Task A_worker_silent_for_ten_minutes_goes_offline_and_the_offer_moves_to_the_next_worker_on_duty()
    {
        var world = await World.Create(Silo.Grains);
        var start = Silo.Time.GetUtcNow();
        await OnDutyAndHeard(world, world.Handler);
        var id = await world.DispatchedCase($"{world.District}-silent");
        Silo.Time.Advance(TimeSpan.FromMinutes(5));
        await OnDutyAndHeard(world, world.Second);

        Silo.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.False((await world.Worker(world.Handler.Id).Get())!.Offline);

        Silo.Time.Advance(TimeSpan.FromSeconds(1));
        await fixture.Live.WaitFor<IncidentChanged>(e => e.Incident.Id == id && e.Incident.Handler == world.Second.Id);
        var offline = await fixture.Live.WaitFor<WorkerChanged>(e => e.Worker.Id == world.Handler.Id && e.Worker.Offline && e.Worker.Load == 0);
        Assert.False(offline.Worker.IsAvailable);

        var view = (await world.Incident(id).Get())!;
        Assert.Equal((IncidentStatus.Dispatched, HandlingLevel.Grid, world.Second.Id), (view.Status, view.Level, view.Handler));
        Assert.Equal((EventKind.Dispatched, start.AddMinutes(10), $"offline: {world.Handler.Id} went silent"), (view.History[^1].Kind, view.History[^1].At, view.History[^1].Text));
        Assert.Equal([id], (await world.Worker(world.Second.Id).Get())!.Pending.Select(a => a.IncidentId));
        Assert.Contains(world.Handler.Id, (await world.GridGrain.GetBoard()).Workers.Where(w => w.Offline).Select(w => w.Id));

        // Back in signal: online again, though the offer stays with the worker it moved to.
        Assert.Null(await world.Worker(world.Handler.Id).Heartbeat(Canal, world.Handler));
        var back = (await world.Worker(world.Handler.Id).Get())!;
        Assert.Equal((false, 0), (back.Offline, back.Pending.Count));
        Assert.Equal(world.Second.Id, (await world.Incident(id).Get())!.Handler);
    }

    [Fact]
    public async Task A_silent_worker_with_nobody_else_available_in_the_grid_sends_the_offer_to_the_village()
    {
        var world = await World.Create(Silo.Grains);
        var start = Silo.Time.GetUtcNow();
        await OnDutyAndHeard(world, world.Handler);
        var id = await world.DispatchedCase($"{world.District}-alone");

        Silo.Time.Advance(TimeSpan.FromMinutes(10));
        await fixture.Live.WaitFor<IncidentChanged>(e => e.Incident.Id == id && e.Incident.Level == HandlingLevel.Village);

        var view = (await world.Incident(id).Get())!;
        Assert.Equal((IncidentStatus.Dispatched, world.Village), (view.Status, view.Handler));
        Assert.Equal((EventKind.Escalated, start.AddMinutes(10), $"offline: {world.Handler.Id} went silent"), (view.History[^1].Kind, view.History[^1].At, view.History[^1].Text));
        // Moved once: the second look (a repeat) finds the case no longer offered to the worker.
        await world.Incident(id).HandlerWentOffline(world.Handler.Id);
        Assert.Equal(view.Version, (await world.Incident(id).Get())!.Version);
    }

    [Fact]
    public async Task A_heartbeat_before_the_limit_keeps_the_worker_online()
    {
        var world = await World.Create(Silo.Grains);
        await OnDutyAndHeard(world, world.Handler);
        var id = await world.DispatchedCase($"{world.District}-beating");

        Silo.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.Null(await world.Worker(world.Handler.Id).Heartbeat(Canal, world.Handler));
        Silo.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.Null(await world.Worker(world.Handler.Id).Heartbeat(Canal, world.Handler));
        // Silent from here: offline ten minutes after the last heartbeat, not the first.
        var last = Silo.Time.GetUtcNow();
        Silo.Time.Advance(TimeSpan.FromMinutes(10));
        await fixture.Live.WaitFor<IncidentChanged>(e => e.Incident.Id == id && e.Incident.Level == HandlingLevel.Village);
        Assert.Equal(last.AddMinutes(10), (await world.Incident(id).Get())!.History[^1].At);
    }

    [Fact]
    public async Task A_case_offered_to_a_worker_already_offline_moves_on_at_once()
    {
        var world = await World.Create(Silo.Grains);
        await OnDutyAndHeard(world, world.Second);
        Silo.Time.Advance(TimeSpan.FromMinutes(10));
        await fixture.Live.WaitFor<WorkerChanged>(e => e.Worker.Id == world.Second.Id && e.Worker.Offline);
        await OnDutyAndHeard(world, world.Handler);
        var id = await world.DispatchedCase($"{world.District}-late");

        // The platform never picks an offline worker; an operator may, not knowing.
        await world.Do(id, new Reoffer(world.Second.Id, "he knows the street"), world.Operator);

        await fixture.Live.WaitFor<IncidentChanged>(e => e.Incident.Id == id && e.Incident.Level == HandlingLevel.Village);
        Assert.Equal($"offline: {world.Second.Id} went silent", (await world.Incident(id).Get())!.History[^1].Text);
    }
}
