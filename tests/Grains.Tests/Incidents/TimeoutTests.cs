using GridActors.Calendar;
using GridActors.Incidents;
using GridActors.Tests.Calendar;
using GridActors.Workers;

namespace GridActors.Tests.Incidents;

/// <summary>What the platform does by itself when a limit passes, decided from the case alone.</summary>
public class TimeoutTests
{
    private static readonly Category Rubbish = CategoryCatalogue.Default.Find("environment.rubbish")!;

    private static TimedAction? Due(CaseScript s, DateTimeOffset now) =>
        Timeouts.Due(s.State, now, WorkingCalendar.Default, DeadlinePolicy.Default);

    private static WorkerSummary Worker(string id, DutyStatus duty, int load) =>
        new(id, 1, id, WorkerKind.FullTime, [People.Grid], duty, null, null, load);

    [Fact]
    public void Nothing_is_due_before_the_stage_deadline_and_a_move_is_due_at_it()
    {
        var s = Paths.To(IncidentStatus.Dispatched);
        var due = s.State.Deadlines.StageDue!.Value;
        Assert.Null(Due(s, due - TimeSpan.FromTicks(1)));
        Assert.Equal(new TimedAction(TimeoutAction.MoveOn, Stage.Accept, $"timeout:Accept:v{s.State.Version}"), Due(s, due));
    }

    [Fact]
    public void An_unaccepted_offer_goes_to_the_least_loaded_worker_on_duty_not_yet_offered_it()
    {
        var s = Paths.To(IncidentStatus.Dispatched);
        var action = Due(s, s.State.Deadlines.StageDue!.Value)!;
        WorkerSummary[] workers =
        [
            Worker(People.Handler.Id, DutyStatus.OnDuty, 0),
            Worker("w-4", DutyStatus.OffDuty, 0),
            Worker("w-5", DutyStatus.OnPatrol, 3),
            Worker("w-6", DutyStatus.Handling, 1),
        ];
        Assert.Equal(new Reoffer("w-6", "timeout: accept limit passed; next least loaded on-duty worker, 1 open case, position unknown"), Timeouts.CommandFor(s.State, action, Rubbish, workers));
    }

    [Fact]
    public void With_nobody_left_in_the_grid_the_case_goes_up_to_the_village_then_town_then_the_category_s_department()
    {
        var s = Paths.To(IncidentStatus.Dispatched);
        IncidentCommand Next() => Timeouts.CommandFor(s.State, Due(s, s.State.Deadlines.StageDue!.Value)!, Rubbish, []);
        void Act() => s.Do(Next(), Timeouts.ActorFor(People.Grid), Due(s, s.State.Deadlines.StageDue!.Value)!.CommandId);

        Assert.Equal(new Escalate(HandlingLevel.Village, People.Village, "timeout: accept limit passed"), Next());
        Act();
        Assert.Equal(new Escalate(HandlingLevel.Town, People.Town, "timeout: accept limit passed"), Next());
        Act();
        Assert.Equal(new Escalate(HandlingLevel.Department, "urban-management", "timeout: accept limit passed"), Next());
        Act();
        Assert.Equal(new Escalate(HandlingLevel.District, People.District, "timeout: accept limit passed"), Next());
        Act();
        // At the top there is nowhere to go: one supervision notice, then nothing.
        Assert.Equal(new Supervise("overdue: accept limit passed"), Next());
        Act();
        Assert.Null(Due(s, s.Now.AddDays(7)));
    }

    [Fact]
    public void Overdue_handling_is_supervised_once_and_escalated_a_working_day_after_its_deadline()
    {
        var s = Paths.To(IncidentStatus.Accepted);
        // Accepted Friday 09:04: handling due 11:04; a working day (7.5 h) later is Monday 11:04.
        var due = s.State.Deadlines.StageDue!.Value;
        var supervise = Due(s, due)!;
        Assert.Equal((TimeoutAction.Supervise, $"overdue:Handle:v{s.State.Version}"), (supervise.Action, supervise.CommandId));
        s.Do(Timeouts.CommandFor(s.State, supervise, Rubbish, []), Timeouts.ActorFor(People.Grid), supervise.CommandId);

        Assert.Null(Due(s, Cst.At(2026, 11, 30, 11, 3)));
        Assert.Equal(Cst.At(2026, 11, 30, 11, 4), Timeouts.NextInstant(s.State, Cst.At(2026, 11, 28, 0), WorkingCalendar.Default, DeadlinePolicy.Default));
        var escalate = Due(s, Cst.At(2026, 11, 30, 11, 4))!;
        Assert.Equal(new Escalate(HandlingLevel.Village, People.Village, "timeout: handle limit passed"), Timeouts.CommandFor(s.State, escalate, Rubbish, []));
    }

    [Fact]
    public void The_next_instant_is_the_earliest_warning_or_deadline_still_ahead_and_none_once_closed()
    {
        var s = Paths.To(IncidentStatus.Dispatched);
        var d = s.State.Deadlines;
        NextIs(d.StageWarn, s.Now);
        NextIs(d.StageDue, d.StageWarn!.Value);
        Assert.Null(Timeouts.NextInstant(Paths.To(IncidentStatus.Closed).State, s.Now, WorkingCalendar.Default, DeadlinePolicy.Default));

        void NextIs(DateTimeOffset? expected, DateTimeOffset now) =>
            Assert.Equal(expected, Timeouts.NextInstant(s.State, now, WorkingCalendar.Default, DeadlinePolicy.Default));
    }
}
