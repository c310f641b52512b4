using GridActors.Calendar;
using GridActors.Live;
using GridActors.Registers;
using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Tests.Cluster;

/// <summary>A grid's own duties with exact instants. Reminders fire on the real clock here, so each
/// test moves the fake clock and gives the tick itself, as the reminder would.</summary>
[Collection(LiveCollection.Name)]
public class GridDutyTests(LiveClusterFixture fixture)
{
    private static readonly TimeSpan Cst = WorkingCalendar.ChinaStandardTime;
    private ClusterFixture Silo => fixture.Silo;

    /// <summary>Moves the clock to 09:00 of the Monday after the next weekend (always ahead of any
    /// test before), in a plain working week.</summary>
    private DateTimeOffset MondayMorning()
    {
        var day = DateOnly.FromDateTime(Silo.Time.GetUtcNow().ToOffset(Cst).DateTime).AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday || !Enumerable.Range(0, 5).All(d => WorkingCalendar.Default.IsWorkingDay(day.AddDays(d))))
            day = day.AddDays(1);
        var monday = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), Cst);
        Silo.Time.SetUtcNow(monday);
        return monday;
    }

    /// <summary>The open alerts of one kind on the grid's board and on each area's, grid first.</summary>
    private static async Task<IReadOnlyList<Alert>[]> AlertsEverywhere(World world, AlertKind kind)
    {
        var boards = new List<AreaBoard> { await world.GridGrain.GetBoard() };
        foreach (var area in new[] { world.Village, world.Town, world.District }) boards.Add(await world.Area(area).GetBoard());
        return [.. boards.Select(b => (IReadOnlyList<Alert>)[.. b.Alerts.Where(a => a.Kind == kind)])];
    }

    [Fact]
    public async Task A_retired_grid_clears_its_alerts_everywhere_and_raises_no_more()
    {
        var monday = MondayMorning();
        var world = await World.Create(Silo.Grains);
        var admin = world.Admin;
        var empty = Silo.Grains.GetGrain<IGridGrain>(world.Village + "-09");
        Assert.Null(await empty.Define(new GridDefinition("Empty lot", GridType.Community), admin));
        Silo.Time.SetUtcNow(monday.AddDays(1));
        await Reminders.Tick(empty, "duties");
        var raised = await fixture.Live.WaitFor<AlertRaised>(e => e.Alert.GridCode == empty.GetPrimaryKeyString() && e.Alert.Kind == AlertKind.PatrolOverdue);
        Assert.Contains((await world.Area(world.District).GetBoard()).Alerts, a => a.Id == raised.Alert.Id);

        Assert.Null(await empty.Retire(admin));
        Silo.Time.SetUtcNow(monday.AddDays(3));
        await Reminders.Tick(empty, "duties");

        Assert.DoesNotContain((await world.Area(world.District).GetBoard()).Alerts, a => a.GridCode == empty.GetPrimaryKeyString());
        Assert.Empty((await empty.GetBoard()).Alerts);
    }

    [Fact]
    public async Task A_grid_not_patrolled_for_a_day_raises_one_alert_on_every_level_and_a_patrol_clears_it()
    {
        var monday = MondayMorning();
        var world = await World.Create(Silo.Grains);
        Assert.Equal((GridDutyRules.DefaultPatrolCadence, monday.AddDays(1)), ((await world.GridGrain.GetDuties())!.PatrolCadence, (await world.GridGrain.GetDuties())!.PatrolDueAt));

        Silo.Time.SetUtcNow(monday.AddDays(1).AddSeconds(-1));
        await Reminders.Tick(world.GridGrain, "duties");
        Assert.All(await AlertsEverywhere(world, AlertKind.PatrolOverdue), Assert.Empty);

        Silo.Time.SetUtcNow(monday.AddDays(1));
        await Reminders.Tick(world.GridGrain, "duties");
        await Reminders.Tick(world.GridGrain, "duties");
        var raised = await fixture.Live.WaitFor<AlertRaised>(e => e.Alert.GridCode == world.Grid && e.Alert.Kind == AlertKind.PatrolOverdue);
        Assert.Equal((monday.AddDays(1), "no patrol since " + monday.ToOffset(Cst).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T09:00:00+08:00"),
            (raised.Alert.RaisedAt, raised.Alert.Text));
        Assert.All(await AlertsEverywhere(world, AlertKind.PatrolOverdue), alerts => Assert.Equal([raised.Alert], alerts));

        Silo.Time.SetUtcNow(monday.AddDays(1).AddHours(2));
        Assert.Null(await world.GridGrain.RecordPatrol(world.Reporter));
        Assert.All(await AlertsEverywhere(world, AlertKind.PatrolOverdue), Assert.Empty);
        var cleared = await fixture.Live.WaitFor<AlertCleared>(e => e.Alert.Id == raised.Alert.Id);
        Assert.Equal(monday.AddDays(1).AddHours(2), cleared.Alert.ClearedAt);
        var duties = (await world.GridGrain.GetDuties())!;
        Assert.Equal((monday.AddDays(1).AddHours(2), monday.AddDays(2).AddHours(2)), (duties.LastPatrolAt!.Value, duties.PatrolDueAt));
        // Only the grid's own workers patrol it.
        Assert.Equal(GridActors.RefusalCode.NotPermitted, (await world.GridGrain.RecordPatrol(world.Operator))!.Code);
    }

    [Fact]
    public async Task A_grid_with_nobody_available_in_working_hours_is_a_blind_spot_until_a_worker_comes_on_duty_or_the_day_ends()
    {
        var monday = MondayMorning();
        var world = await World.Create(Silo.Grains);
        // Defined at 09:00 with every worker off duty.
        var blind = Assert.Single((await AlertsEverywhere(world, AlertKind.BlindSpot))[0]);
        Assert.Equal(monday, blind.RaisedAt);
        Assert.All(await AlertsEverywhere(world, AlertKind.BlindSpot), alerts => Assert.Equal([blind], alerts));

        Silo.Time.SetUtcNow(monday.AddMinutes(20));
        Assert.Null(await world.Worker(world.Handler.Id).SetDuty(DutyStatus.OnDuty, world.Handler));
        Assert.All(await AlertsEverywhere(world, AlertKind.BlindSpot), Assert.Empty);
        Assert.Equal(monday.AddMinutes(20), (await fixture.Live.WaitFor<AlertCleared>(e => e.Alert.Id == blind.Id)).Alert.ClearedAt);

        Silo.Time.SetUtcNow(monday.AddHours(7));
        Assert.Null(await world.Worker(world.Handler.Id).SetDuty(DutyStatus.OffDuty, world.Handler));
        var again = Assert.Single((await AlertsEverywhere(world, AlertKind.BlindSpot))[3]);
        Assert.Equal(monday.AddHours(7), again.RaisedAt);

        // 17:30, office hours over: the grid's reminder is due then, and the blind spot clears.
        Silo.Time.SetUtcNow(monday.AddHours(8.5));
        await Reminders.Tick(world.GridGrain, "duties");
        Assert.All(await AlertsEverywhere(world, AlertKind.BlindSpot), Assert.Empty);
        // The next morning at 08:30 it is one again.
        Silo.Time.SetUtcNow(monday.AddDays(1).AddHours(-0.5));
        await Reminders.Tick(world.GridGrain, "duties");
        Assert.Equal(monday.AddDays(1).AddHours(-0.5), Assert.Single((await AlertsEverywhere(world, AlertKind.BlindSpot))[0]).RaisedAt);
    }

    [Fact]
    public async Task A_register_entry_not_visited_within_its_cadence_raises_an_alert_without_personal_details_and_a_visit_clears_it()
    {
        var monday = MondayMorning();
        var world = await World.Create(Silo.Grains);
        var register = Silo.Grains.GetGrain<IRegisterGrain>(world.Grid);
        var added = await register.Add(new RegisterEntryInput(RegisterKind.VulnerablePerson, "王阿婆", "运河路 12 号", 7, "lives alone"), world.Handler);
        var entry = Assert.Single(added.Entries);
        Assert.Equal(("e1", monday.AddDays(7)), (entry.Id, entry.VisitDueAt));

        Silo.Time.SetUtcNow(monday.AddDays(7).AddSeconds(-1));
        await Reminders.Tick(register, "visits");
        Assert.All(await AlertsEverywhere(world, AlertKind.VisitOverdue), Assert.Empty);

        Silo.Time.SetUtcNow(monday.AddDays(7));
        await Reminders.Tick(register, "visits");
        await Reminders.Tick(register, "visits");
        var alerts = await AlertsEverywhere(world, AlertKind.VisitOverdue);
        var alert = Assert.Single(alerts[0]);
        Assert.Equal((monday.AddDays(7), "visit overdue for a vulnerable-person register entry"), (alert.RaisedAt, alert.Text));
        Assert.All(alerts, a => Assert.Equal([alert], a));
        Assert.DoesNotContain("王", alert.Id + alert.Text);
        Assert.Equal(new RegisterCounts(0, 1, 1), await register.GetCounts());

        Silo.Time.SetUtcNow(monday.AddDays(7).AddHours(3));
        var visited = Assert.Single((await register.RecordVisit("e1", world.Handler)).Entries);
        Assert.Equal((monday.AddDays(7).AddHours(3), monday.AddDays(14).AddHours(3)), (visited.LastVisitAt!.Value, visited.VisitDueAt));
        Assert.All(await AlertsEverywhere(world, AlertKind.VisitOverdue), Assert.Empty);

        var audit = (await register.GetAudit(world.Supervisor)).Records;
        Assert.Equal([("added", world.Handler.Id, monday), ("visited", world.Handler.Id, monday.AddDays(7).AddHours(3))],
            audit.Select(r => (r.Action, r.ActorId, r.At)));
    }

    [Fact]
    public async Task Patrols_visits_duty_changes_and_alerts_go_to_the_log_for_the_assessment_and_a_visit_names_nobody()
    {
        var monday = MondayMorning();
        var world = await World.Create(Silo.Grains);
        await world.OnDuty(world.Handler);
        Silo.Time.SetUtcNow(monday.AddDays(1));
        await Reminders.Tick(world.GridGrain, "duties");
        var raised = await fixture.Live.WaitFor<AlertRaised>(e => e.Alert.GridCode == world.Grid && e.Alert.Kind == AlertKind.PatrolOverdue);
        Assert.Null(await world.GridGrain.RecordPatrol(world.Handler));
        var register = Silo.Grains.GetGrain<IRegisterGrain>(world.Grid);
        var entry = (await register.Add(new RegisterEntryInput(RegisterKind.VulnerablePerson, "张秀英", "河边村3号", 7), world.Supervisor)).Entries[0];
        Assert.Null((await register.RecordVisit(entry.Id, world.Handler)).Refusal);

        var patrols = await Silo.Log.Read("patrol", world.Grid);
        Assert.Equal([(1L, "patrol.recorded.v1", world.Handler.Id)], patrols.Select(e => (e.Version, e.Type, e.By.Id)));
        var alert = await Silo.Log.Read("alert", raised.Alert.Id);
        Assert.Equal([(1L, monday.AddDays(1)), (3L, monday.AddDays(1))], alert.Select(e => (e.Version, e.At)));
        var visit = Assert.Single(await Silo.Log.Read("visit", world.Grid));
        Assert.Equal("visit.recorded.v1", visit.Type);
        Assert.Contains("\"register\":\"VulnerablePerson\"", visit.Data);
        Assert.DoesNotContain("张秀英", visit.Data);
        Assert.DoesNotContain(entry.Id, visit.Data);
        var duty = Assert.Single(await Silo.Log.Read("worker", world.Handler.Id));
        Assert.Contains("\"duty\":\"OnDuty\"", duty.Data);
    }
}
