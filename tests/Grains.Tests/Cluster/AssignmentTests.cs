using GridActors.Incidents;

namespace GridActors.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public class AssignmentTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_dispatched_case_stays_pending_for_the_worker_until_acknowledged()
    {
        var world = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-a");

        var pending = (await world.Worker(world.Handler.Id).Get())!.Pending;
        Assert.Equal([id], pending.Select(a => a.IncidentId));
        Assert.Equal((3L, "Rubbish heap", world.Grid), (pending[0].Version, pending[0].Title, pending[0].GridCode));

        await world.Do(id, new Supervise("today"), world.Supervisor);
        var stillPending = (await world.Worker(world.Handler.Id).Get())!;
        Assert.Equal(4L, Assert.Single(stillPending.Pending).Version);
        Assert.Equal(1, stillPending.Load);

        await world.Do(id, new Accept(), world.Handler);
        var afterAck = (await world.Worker(world.Handler.Id).Get())!;
        Assert.Empty(afterAck.Pending);
        Assert.Equal(1, afterAck.Load);
        Assert.Empty((await world.Worker(world.Second.Id).Get())!.Pending);
    }

    [Fact]
    public async Task A_returned_case_leaves_the_worker_and_a_redispatch_offers_it_to_the_next()
    {
        var world = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-b");

        await world.Do(id, new Return("not ours"), world.Handler);
        await world.Do(id, new Dispatch(HandlingLevel.Grid, world.Second.Id, null), world.Operator);

        var first = (await world.Worker(world.Handler.Id).Get())!;
        var second = (await world.Worker(world.Second.Id).Get())!;
        Assert.Equal((0, 0), (first.Pending.Count, first.Load));
        Assert.Equal([id], second.Pending.Select(a => a.IncidentId));
    }

    [Fact]
    public async Task A_closed_case_no_longer_weighs_on_its_worker()
    {
        var world = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-c");
        await world.Do(id, new Accept(), world.Handler);
        await world.Do(id, new Resolve("cleared", null), world.Handler);
        Assert.Equal(1, (await world.Worker(world.Handler.Id).Get())!.Load);
        await world.Do(id, new Verify(null), world.Reporter);
        await world.Do(id, new Close(null), world.Operator);
        Assert.Equal(0, (await world.Worker(world.Handler.Id).Get())!.Load);
    }

    [Fact]
    public async Task Dispatching_to_a_worker_of_another_grid_is_refused_and_offers_nothing()
    {
        var world = await World.Create(fixture.Grains);
        var other = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-d");
        await world.Do(id, new Return("not ours"), world.Handler);

        var result = await world.Incident(id).Handle(new Dispatch(HandlingLevel.Grid, other.Handler.Id, null), "x-1", world.Operator);

        Assert.Equal(("handler", 4L), (result.Refusal!.Field, result.Version));
        Assert.Empty((await other.Worker(other.Handler.Id).Get())!.Pending);
    }
}
