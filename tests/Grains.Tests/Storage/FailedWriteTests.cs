using GridActors.Access;
using GridActors.Incidents;
using GridActors.Live;
using GridActors.Registers;
using GridActors.Territory;
using GridActors.Tests.Cluster;
using GridActors.Workers;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using static GridActors.Tests.Territory.Tiles;

namespace GridActors.Tests.Storage;

/// <summary>For each kind of grain: its storage fails one write, the call fails, and the grain read
/// afterwards holds what was stored, not the change that was lost.</summary>
[Collection(ClusterCollection.Name)]
public class FailedWriteTests(ClusterFixture fixture)
{
    private Faults Faults => fixture.Faults;

    [Fact]
    public async Task A_case_whose_filing_was_not_stored_is_still_reported()
    {
        var world = await World.Create(fixture.Grains);
        var id = $"{world.District}-lost-filing";
        var reported = await world.Do(id, world.AReport(), world.Reporter);

        Faults.FailNextWrite<IncidentState>();
        await Faults.Lost(() => world.Incident(id).Handle(new FileCase(null), "file-lost", world.Operator));

        var view = (await world.Incident(id).Get())!;
        Assert.Equal((IncidentStatus.Reported, reported), (view.Status, view.Version));
        Assert.False((await world.Incident(id).Handle(new FileCase(null), "file-lost", world.Operator)).AlreadyApplied);
    }

    [Fact]
    public async Task A_district_whose_enrolment_was_not_stored_is_not_listed_and_a_retry_stores_it()
    {
        // A district no other test here defines grids in (the territory test below uses 339901).
        const string district = "339902";
        var districts = fixture.Grains.GetGrain<IDistrictsGrain>(0);
        Assert.DoesNotContain(district, await districts.GetAll());

        Faults.FailNextWrite<DistrictsState>();
        await Faults.Lost(() => districts.Enrol(district));

        Assert.DoesNotContain(district, await districts.GetAll());
        Faults.FailNextWrite<DistrictsState>();
        // Had memory kept the lost district, this retry would write nothing and succeed.
        await Faults.Lost(() => districts.Enrol(district));
        await districts.Enrol(district);
        Assert.Contains(district, await districts.GetAll());
    }

    [Fact]
    public async Task A_worker_whose_duty_was_not_stored_is_still_off_duty()
    {
        var world = await World.Create(fixture.Grains);
        var before = (await world.Worker(world.Handler.Id).Get())!;

        Faults.FailNextWrite<WorkerState>();
        await Faults.Lost(() => world.Worker(world.Handler.Id).SetDuty(DutyStatus.OnDuty, world.Handler));

        var after = (await world.Worker(world.Handler.Id).Get())!;
        Assert.Equal((DutyStatus.OffDuty, before.Version), (after.Duty, after.Version));
    }

    [Fact]
    public async Task A_grid_whose_patrol_cadence_was_not_stored_keeps_the_stored_one()
    {
        var world = await World.Create(fixture.Grains);
        var before = (await world.GridGrain.GetDuties())!;

        Faults.FailNextWrite<GridState>();
        await Faults.Lost(() => world.GridGrain.SetPatrolCadence(TimeSpan.FromHours(12), world.Admin));

        Assert.Equal(before.PatrolCadence, (await world.GridGrain.GetDuties())!.PatrolCadence);
        Assert.Equal(TimeSpan.FromDays(1), before.PatrolCadence);
    }

    [Fact]
    public async Task An_area_whose_new_child_was_not_stored_stores_it_when_asked_again()
    {
        var world = await World.Create(fixture.Grains);
        var village = world.Town + "009";
        var child = village + "-01";

        Faults.FailNextWrite<AreaState>();
        await Faults.Lost(() => world.Area(village).AddChild(child));
        Assert.Empty((await Stored<AreaState>("area", GrainId.Create("area", village))).Children);

        await world.Area(village).AddChild(child);
        Assert.Equal([child], (await Stored<AreaState>("area", GrainId.Create("area", village))).Children);
    }

    [Fact]
    public async Task A_register_entry_that_was_not_stored_is_neither_listed_nor_audited()
    {
        var world = await World.Create(fixture.Grains);
        var register = fixture.Grains.GetGrain<IRegisterGrain>(world.Grid);

        Faults.FailNextWrite<RegisterState>();
        await Faults.Lost(() => register.Add(new RegisterEntryInput(RegisterKind.VulnerablePerson, "王芳", "河边村1号", 7), world.Supervisor));

        var listed = await register.List(world.Supervisor);
        Assert.Equal((null, 0), (listed.Refusal, listed.Entries.Count));
        Assert.Equal(["read"], (await register.GetAudit(world.Supervisor)).Records.Select(r => r.Action));
    }

    [Fact]
    public async Task A_change_whose_audit_line_missed_the_trail_is_still_audited_and_lands_once_with_the_next_change()
    {
        var world = await World.Create(fixture.Grains);
        var register = fixture.Grains.GetGrain<IRegisterGrain>(world.Grid);

        fixture.Audit.FailNextAppend();
        var added = await register.Add(new RegisterEntryInput(RegisterKind.KeyPerson, "李强", "河边村2号", 7), world.Supervisor);
        Assert.Null(added.Refusal);
        Assert.Equal(["added"], (await register.GetAudit(world.Supervisor)).Records.Select(r => r.Action));

        await register.RecordVisit(added.Entries[0].Id, world.Handler);
        Assert.Equal(["added", "visited"], (await register.GetAudit(world.Supervisor)).Records.Select(r => r.Action));
        Assert.Equal(["added", "visited"], (await fixture.Audit.Read(world.Grid)).Select(l => l.Record.Action));
    }

    [Fact]
    public async Task A_patrol_whose_event_or_write_was_lost_is_logged_once_when_retried()
    {
        var world = await World.Create(fixture.Grains);
        var duties = (await world.GridGrain.GetDuties())!;

        Faults.FailNextAppend("patrol.recorded.v1");
        await Assert.ThrowsAsync<IOException>(() => world.GridGrain.RecordPatrol(world.Reporter));
        Assert.Equal(duties.LastPatrolAt, (await world.GridGrain.GetDuties())!.LastPatrolAt);
        Assert.Empty(await fixture.Log.Read("patrol", world.Grid));

        Faults.FailNextWrite<GridState>();
        await Assert.ThrowsAnyAsync<Exception>(() => world.GridGrain.RecordPatrol(world.Reporter));
        Assert.Null(await world.GridGrain.RecordPatrol(world.Reporter));

        Assert.Equal([1L], (await fixture.Log.Read("patrol", world.Grid)).Select(e => e.Version));
        Assert.NotNull((await world.GridGrain.GetDuties())!.LastPatrolAt);
    }

    [Fact]
    public async Task A_territory_whose_file_was_not_stored_keeps_the_stored_version()
    {
        var district = "339901";
        var admin = new Actor("admin", Role.Admin, district);
        var territory = fixture.Grains.GetGrain<ITerritoryGrain>(0);
        var before = await territory.GetVersion();

        Faults.FailNextWrite<TerritoryState>();
        await Faults.Lost(() => territory.Import(Collection(Feature($"{district}101001-01", Polygon(Ring(0, 0, 1, 1)))), dryRun: false, admin));

        Assert.Equal(before, await territory.GetVersion());
    }

    [Fact]
    public async Task A_gateway_whose_registration_was_not_stored_is_not_pushed_to()
    {
        var directory = fixture.Grains.GetGrain<ILiveDirectoryGrain>(0);
        var observer = fixture.Grains.CreateObjectReference<ILiveObserver>(new Nobody());

        Faults.FailNextWrite<LiveDirectoryState>();
        await Faults.Lost(() => directory.Subscribe("lost-gateway", observer));

        Assert.DoesNotContain(observer, await directory.GetObservers());
    }

    private async Task<T> Stored<T>(string stateName, GrainId grain) where T : new()
    {
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>("gridactors");
        var state = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, grain, state);
        return state.State!;
    }

    private sealed class Nobody : ILiveObserver
    {
        public Task OnEvents(IReadOnlyList<LiveEvent> batch) => Task.CompletedTask;
    }
}
