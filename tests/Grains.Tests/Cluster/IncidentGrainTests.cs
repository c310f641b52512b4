using GridActors.Incidents;

namespace GridActors.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public class IncidentGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_same_command_id_applied_twice_changes_nothing_the_second_time()
    {
        var world = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-i");
        await world.Do(id, new Return("not ours"), world.Handler);
        var dispatch = new Dispatch(HandlingLevel.Grid, world.Handler.Id, null);

        var first = await world.Incident(id).Handle(dispatch, "dispatch-once", world.Operator);
        var again = await world.Incident(id).Handle(dispatch, "dispatch-once", world.Operator);

        Assert.Equal((5L, false), (first.Version, first.AlreadyApplied));
        Assert.Equal((5L, true, (Refusal?)null), (again.Version, again.AlreadyApplied, again.Refusal));
        var view = (await world.Incident(id).Get())!;
        Assert.Equal(1, view.History.Count(e => e.Kind == EventKind.Dispatched && e.CommandId == "dispatch-once"));
        Assert.Single((await world.Worker(world.Handler.Id).Get())!.Pending);
    }

    [Fact]
    public async Task A_refused_command_changes_nothing_anywhere()
    {
        var world = await World.Create(fixture.Grains);
        var id = await world.DispatchedCase($"{world.District}-n");
        var before = (await world.Incident(id).Get())!;
        var countsBefore = await world.CountsEverywhere();

        var result = await world.Incident(id).Handle(new Close(null), "close-too-early", world.Operator);

        Assert.Equal(RefusalCode.WrongState, result.Refusal!.Code);
        var after = (await world.Incident(id).Get())!;
        Assert.Equal((before.Version, before.Status, before.History.Count), (after.Version, after.Status, after.History.Count));
        Assert.Equivalent(countsBefore, await world.CountsEverywhere(), strict: true);
        // The refused command's id is not burnt: it can still be used for an allowed command.
        Assert.Null((await world.Incident(id).Handle(new Accept(), "close-too-early", world.Handler)).Refusal);
    }

    [Fact]
    public async Task A_report_naming_an_unknown_grid_is_refused_and_nothing_exists()
    {
        var world = await World.Create(fixture.Grains);
        var id = $"{world.District}-u";
        var result = await world.Incident(id).Handle(world.AReport() with { GridCode = world.Village + "-99" }, "r-1", world.Reporter);
        Assert.Equal(("gridCode", 0L), (result.Refusal!.Field, result.Version));
        Assert.Null(await world.Incident(id).Get());
    }

    [Fact]
    public async Task The_case_file_shows_its_area_path_deadline_and_history()
    {
        var world = await World.Create(fixture.Grains);
        // Friday 16:00: 1 h 30 min of the 4 working hours are left that day, the rest from Monday 08:30.
        fixture.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.FromHours(8)));
        var id = await world.DispatchedCase($"{world.District}-v");
        var view = (await world.Incident(id).Get())!;
        Assert.Equal([world.Village, world.Town, world.District], view.AreaPath);
        Assert.Equal((HandlingLevel.Grid, world.Handler.Id), (view.Level, view.Handler));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 11, 0, 0, TimeSpan.FromHours(8)), view.DueAt);
        Assert.Equal([EventKind.Reported, EventKind.Filed, EventKind.Dispatched], view.History.Select(e => e.Kind));
    }
}
