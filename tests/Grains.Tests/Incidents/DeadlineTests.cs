using GridActors.Incidents;
using GridActors.Tests.Calendar;

namespace GridActors.Tests.Incidents;

/// <summary>The clocks the rules start and stop, on the shipped 2026 calendar (08:30–12:00 and
/// 13:30–17:30, Monday to Friday). 2026-11-27 is a Friday.</summary>
public class DeadlineTests
{
    /// <summary>Moves the script's clock so that its next command happens at <paramref name="at"/>.</summary>
    private static CaseScript DoAt(CaseScript s, DateTimeOffset at, IncidentCommand command, GridActors.Access.Actor actor) =>
        s.Advance(at - s.Now - TimeSpan.FromMinutes(1)).Do(command, actor);

    [Fact]
    public void A_case_filed_on_Friday_at_four_with_four_working_hours_is_due_on_Monday_at_eleven()
    {
        var s = new CaseScript().Do(CaseScript.AReport(), People.Reporter);
        DoAt(s, Cst.At(2026, 11, 27, 16), new FileCase(), People.Operator);

        // 16:00–17:30 on Friday, then 08:30–11:00 on Monday; three quarters (3 h) by Monday 10:00.
        Assert.Equal(Cst.At(2026, 11, 30, 11), s.State.DueAt);
        Assert.Equal(Cst.At(2026, 11, 30, 10), s.State.Deadlines.CaseWarn);
        Assert.Equal(s.State.DueAt, s.State.History[^1].Deadline);
        Assert.Null(s.State.Deadlines.Stage);
    }

    [Fact]
    public void Each_stage_gets_its_own_limit_from_when_it_began_skipping_lunch_and_the_weekend()
    {
        var s = new CaseScript().Do(CaseScript.AReport(), People.Reporter);
        DoAt(s, Cst.At(2026, 11, 27, 11), new FileCase(), People.Operator);
        // Whole case, 4 working hours from 11:00: 1 h before lunch, 3 h after.
        Assert.Equal((Cst.At(2026, 11, 27, 16, 30), Cst.At(2026, 11, 27, 15, 30)), (s.State.DueAt, s.State.Deadlines.CaseWarn));

        // Accept, 1 working hour from 11:30: 30 min before lunch, 30 after; warning at 45 min.
        DoAt(s, Cst.At(2026, 11, 27, 11, 30), Paths.Command("dispatch").Command, People.Operator);
        AssertStage(s, Stage.Accept, due: Cst.At(2026, 11, 27, 14), warn: Cst.At(2026, 11, 27, 13, 45));

        // Handle, 2 working hours from Friday 16:00: 1 h 30 min on Friday, 30 min on Monday;
        // the warning at 1 h 30 min falls at Friday's close, not at Monday's opening.
        DoAt(s, Cst.At(2026, 11, 27, 16), new Accept(), People.Handler);
        AssertStage(s, Stage.Handle, due: Cst.At(2026, 11, 30, 9), warn: Cst.At(2026, 11, 27, 17, 30));

        // Verify, 1 working hour.
        DoAt(s, Cst.At(2026, 11, 30, 9, 30), Paths.Command("resolve").Command, People.Handler);
        AssertStage(s, Stage.Verify, due: Cst.At(2026, 11, 30, 10, 30), warn: Cst.At(2026, 11, 30, 10, 15));

        // Back to the handler: a new handling clock.
        DoAt(s, Cst.At(2026, 11, 30, 10), Paths.Command("rework").Command, People.Reporter);
        AssertStage(s, Stage.Handle, due: Cst.At(2026, 11, 30, 12), warn: Cst.At(2026, 11, 30, 11, 30));
        Assert.Equal(s.State.Version, s.State.Deadlines.StageVersion);
    }

    [Fact]
    public void Natural_hour_limits_run_through_the_night()
    {
        var s = new CaseScript().Do(CaseScript.AReport("facilities.damaged") with { Urgency = Urgency.VeryUrgent }, People.Reporter);
        DoAt(s, Cst.At(2026, 11, 27, 22), new FileCase(), People.Operator);
        // Very urgent damaged facility: 8 natural hours for the case, warning after 6.
        Assert.Equal((Cst.At(2026, 11, 28, 6), Cst.At(2026, 11, 28, 4)), (s.State.DueAt, s.State.Deadlines.CaseWarn));
    }

    [Fact]
    public void Verification_ends_the_stage_clock_and_closing_stops_the_case_clock()
    {
        var s = Paths.To(IncidentStatus.Closed);
        Assert.Null(s.State.Deadlines.Stage);
        Assert.Null(s.State.Deadlines.StageDue);
        Assert.Equal(s.State.History[^1].At, s.State.Deadlines.StoppedAt);
    }

    [Fact]
    public void An_extension_while_handling_moves_the_case_and_the_handling_deadline()
    {
        var s = Paths.To(IncidentStatus.Accepted);
        var extended = Cst.At(2026, 12, 1, 17, 30);
        s.Do(new Extend(extended, "contractor needed"), People.Supervisor);
        Assert.Equal((extended, extended), (s.State.DueAt, s.State.Deadlines.StageDue));
        Assert.Equal(Stage.Handle, s.State.Deadlines.Stage);
    }

    [Fact]
    public void A_deferral_freezes_the_light_and_resuming_moves_the_stage_clock_too()
    {
        var s = Paths.To(IncidentStatus.Accepted);
        // Accepted Friday 09:04: handling due 11:04. Deferred at 09:05 with 1 h 59 min left.
        Assert.Equal(Cst.At(2026, 11, 27, 11, 4), s.State.Deadlines.StageDue);
        s.Do(new Defer("owner abroad"), People.Supervisor);
        s.Advance(TimeSpan.FromDays(2));
        Assert.Equal(Light.Green, Lights.Of(s.State.Deadlines, s.Now));

        // Resumed Sunday 09:06: the 1 h 59 min count from Monday 08:30.
        s.Do(new Resume(), People.Operator);
        Assert.Equal(Cst.At(2026, 11, 30, 10, 29), s.State.Deadlines.StageDue);
        Assert.Null(s.State.Deadlines.StoppedAt);
    }

    private static void AssertStage(CaseScript s, Stage stage, DateTimeOffset due, DateTimeOffset warn) =>
        Assert.Equal((stage, due, warn), (s.State.Deadlines.Stage, s.State.Deadlines.StageDue!.Value, s.State.Deadlines.StageWarn!.Value));
}
