using System.Diagnostics.Metrics;
using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Telemetry;
using GridActors.Workers;
using Microsoft.Extensions.DependencyInjection;

namespace GridActors.Tests.Cluster;

/// <summary>Time limits on a live case. Orleans fires reminders on the real clock here, so each test
/// moves the fake clock and then gives the tick itself, exactly as the reminder would.</summary>
[Collection(DeadlineCollection.Name)]
public class DeadlineGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private DateTimeOffset monday;

    /// <summary>Moves the clock to 09:00 on the next Monday of a plain working week; each test
    /// starts there, so the clock only ever moves forward.</summary>
    private DateTimeOffset NextMonday()
    {
        var day = fixture.Time.GetUtcNow().ToOffset(Cst).Date.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        Assert.All(Enumerable.Range(0, 5), d => Assert.True(WorkingCalendar.Default.IsWorkingDay(DateOnly.FromDateTime(day.AddDays(d)))));
        monday = new DateTimeOffset(day, Cst).AddHours(9);
        fixture.Time.SetUtcNow(monday);
        return monday;
    }

    /// <summary>The instant <paramref name="days"/> after this test's Monday, at the clock time given.</summary>
    private DateTimeOffset At(int days, int hour, int minute = 0) =>
        new(monday.Date.AddDays(days).AddHours(hour).AddMinutes(minute), Cst);

    private static Task Tick(IIncidentGrain incident) => Reminders.Tick(incident, "deadline");

    private async Task<IncidentView> TickAt(World world, string id, DateTimeOffset at)
    {
        fixture.Time.SetUtcNow(at);
        await Tick(world.Incident(id));
        return (await world.Incident(id).Get())!;
    }

    [Fact]
    public async Task An_unaccepted_case_moves_to_the_next_worker_then_up_every_level_each_when_its_accept_limit_passes()
    {
        var world = await World.Create(fixture.Grains);
        NextMonday();
        Assert.Null(await world.Worker(world.Second.Id).SetDuty(DutyStatus.OnDuty, world.Operator));
        // Dispatched to w2 at 09:00; exposed rubbish, normal: accept within 1 working hour.
        var id = await world.DispatchedCase($"{world.District}-chain");

        var view = await TickAt(world, id, At(0, 9, 44));
        Assert.Equal((Light.Green, world.Handler.Id, At(0, 10), At(0, 9, 45)), (view.Light, view.Handler, view.StageDueAt!.Value, view.StageWarnAt!.Value));
        view = await TickAt(world, id, At(0, 9, 45));
        Assert.Equal((Light.Yellow, world.Handler.Id), (view.Light, view.Handler));

        // 10:00: offered to w3, the only other worker on duty (the reporter w1 is off duty).
        view = await TickAt(world, id, At(0, 10));
        Assert.Equal((IncidentStatus.Dispatched, HandlingLevel.Grid, world.Second.Id, Light.Green), (view.Status, view.Level, view.Handler, view.Light));
        AssertLast(view, EventKind.Dispatched, At(0, 10), "timeout: accept limit passed; next least loaded on-duty worker, 0 open cases, position unknown");
        Assert.Contains(id, (await world.Worker(world.Second.Id).Get())!.Pending.Select(a => a.IncidentId));

        // 11:00: nobody left in the grid, so up to the village; 12:00 (the hour ends at lunch): the town.
        view = await TickAt(world, id, At(0, 11));
        Assert.Equal((HandlingLevel.Village, world.Village), (view.Level, view.Handler));
        AssertLast(view, EventKind.Escalated, At(0, 11), "timeout: accept limit passed");
        view = await TickAt(world, id, At(0, 12));
        Assert.Equal((HandlingLevel.Town, world.Town, At(0, 14, 30)), (view.Level, view.Handler, view.StageDueAt!.Value));
        // The whole case (4 working hours from 09:00) passed three quarters at 12:00.
        Assert.Equal(Light.Yellow, view.Light);

        // 14:30: the town's hour is up, and so is the case: to the category's department, red.
        view = await TickAt(world, id, At(0, 14, 30));
        Assert.Equal((HandlingLevel.Department, "urban-management", Light.Red), (view.Level, view.Handler, view.Light));
        // 15:30: the department's hour: the district.
        view = await TickAt(world, id, At(0, 15, 30));
        Assert.Equal((HandlingLevel.District, world.District), (view.Level, view.Handler));
        // 16:30: nowhere higher: one supervision notice.
        view = await TickAt(world, id, At(0, 16, 30));
        AssertLast(view, EventKind.Supervised, At(0, 16, 30), "overdue: accept limit passed");
        Assert.Equal(1, view.SupervisionCount);

        Assert.All(view.History.Skip(3), e => Assert.Equal(Timeouts.ActorFor(world.Grid), e.By));
        Assert.Equal(
            [EventKind.Dispatched, EventKind.Escalated, EventKind.Escalated, EventKind.Escalated, EventKind.Escalated, EventKind.Supervised],
            view.History.Skip(3).Select(e => e.Kind));
    }

    [Fact]
    public async Task A_repeated_tick_and_a_late_tick_each_act_once()
    {
        var world = await World.Create(fixture.Grains);
        NextMonday();
        var id = await world.DispatchedCase($"{world.District}-late");
        await world.Do(id, new Accept(), world.Handler);
        // Handling within 2 working hours: due 11:00. Escalation a working day (7.5 h) later:
        // 11:00–12:00 and 13:30–17:30 on Monday, 08:30–11:00 on Tuesday.
        var view = (await world.Incident(id).Get())!;
        Assert.Equal((At(0, 11), At(0, 10, 30)), (view.StageDueAt!.Value, view.StageWarnAt!.Value));

        // The tick comes a day late, Tuesday 11:30: the notice and the escalation, in order, once.
        view = await TickAt(world, id, At(1, 11, 30));
        var version = view.Version;
        var automatic = view.History.Skip(4).Select(e => (e.Kind, e.Text, e.At)).ToList();
        Assert.Equal(
            [(EventKind.Supervised, "overdue: handle limit passed", At(1, 11, 30)), (EventKind.Escalated, "timeout: handle limit passed", At(1, 11, 30))],
            automatic);
        Assert.Equal((HandlingLevel.Village, world.Village), (view.Level, view.Handler));

        // The same tick again, and once more a minute later: nothing new.
        await Tick(world.Incident(id));
        view = await TickAt(world, id, At(1, 11, 31));
        Assert.Equal(version, view.Version);
    }

    [Fact]
    public async Task A_case_whose_handling_limit_passes_is_counted_overdue_once()
    {
        using var listener = new MeterListener();
        var overdue = new System.Collections.Concurrent.ConcurrentQueue<object?>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DomainMetrics.MeterName && instrument.Name == "gridactors.cases.overdue") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags) if (tag.Key == "district") overdue.Enqueue(tag.Value);
        });
        listener.Start();
        var world = await World.Create(fixture.Grains);
        NextMonday();
        var id = await world.DispatchedCase($"{world.District}-overdue");
        await world.Do(id, new Accept(), world.Handler);

        // Handling is due at 11:00: yellow at 10:30, red then, and still red a minute later.
        Assert.Equal(Light.Yellow, (await TickAt(world, id, At(0, 10, 30))).Light);
        Assert.DoesNotContain(overdue, d => Equals(d, world.District));
        Assert.Equal(Light.Red, (await TickAt(world, id, At(0, 11))).Light);
        Assert.Equal(Light.Red, (await TickAt(world, id, At(0, 11, 1))).Light);
        Assert.Single(overdue, d => Equals(d, world.District));
    }

    [Fact]
    public async Task An_extension_holds_off_the_timeout_and_a_deferral_stops_the_clock_until_resumed()
    {
        var world = await World.Create(fixture.Grains);
        NextMonday();
        var id = await world.DispatchedCase($"{world.District}-ext");
        await world.Do(id, new Accept(), world.Handler);
        fixture.Time.SetUtcNow(At(0, 10));
        await world.Do(id, new Extend(At(1, 17, 30), "contractor needed"), world.Supervisor);

        // 11:00 was the handling deadline; the extension moved it to Tuesday's close.
        var view = await TickAt(world, id, At(0, 11));
        Assert.Equal((EventKind.Extended, At(1, 17, 30), At(1, 17, 30)), (view.History[^1].Kind, view.DueAt!.Value, view.StageDueAt!.Value));

        // Deferred Monday 11:00 with 12.5 working hours left (5.5 h on Monday, 7.5 on Tuesday).
        await world.Do(id, new Defer("owner abroad"), world.Supervisor);
        var deferred = await TickAt(world, id, At(2, 9));
        Assert.Equal((IncidentStatus.Deferred, view.Light), (deferred.Status, deferred.Light));
        Assert.Equal(deferred.Version, view.Version + 1);

        // Resumed Wednesday 09:00: 7 h on Wednesday, 5.5 h on Thursday, due 15:30.
        await world.Do(id, new Resume("owner back"), world.Operator);
        view = (await world.Incident(id).Get())!;
        Assert.Equal((IncidentStatus.Accepted, At(3, 15, 30), At(3, 15, 30)), (view.Status, view.DueAt!.Value, view.StageDueAt!.Value));
    }

    [Fact]
    public async Task An_open_case_keeps_one_real_reminder_for_its_next_instant_and_none_once_closed()
    {
        var world = await World.Create(fixture.Grains);
        NextMonday();
        var id = await world.DispatchedCase($"{world.District}-rem");
        var table = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        var grain = world.Incident(id).GetGrainId();

        var reminder = await table.ReadRow(grain, "deadline");
        Assert.NotNull(reminder);
        Assert.Equal(NextInstantReminder.CatchUpPeriod, reminder.Period);

        await world.Do(id, new Accept(), world.Handler);
        await world.Do(id, new Resolve("Cleared"), world.Handler);
        await world.Do(id, new Verify("Checked"), world.Reporter);
        await world.Do(id, new Close(), world.Operator);
        Assert.Null(await table.ReadRow(grain, "deadline"));
    }

    private static void AssertLast(IncidentView view, EventKind kind, DateTimeOffset at, string text) =>
        Assert.Equal((kind, at, text), (view.History[^1].Kind, view.History[^1].At, view.History[^1].Text));
}
