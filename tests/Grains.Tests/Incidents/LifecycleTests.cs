using GridActors.Incidents;
using static GridActors.Incidents.IncidentStatus;

namespace GridActors.Tests.Incidents;

public class LifecycleTests
{
    /// <summary>The second half of a merge: an open case takes a duplicate's reporters.</summary>
    private const string Add = "add reporters to";

    /// <summary>A photo joins any open case and changes nothing else.</summary>
    private const string Attach = "attach a photo to";

    /// <summary>The case lifecycle (docs/domain.md): per state, the commands it allows and where each leads.
    /// Written out here, apart from the rules, so that a change to either shows.</summary>
    private static readonly Dictionary<IncidentStatus, Dictionary<string, IncidentStatus>> Allowed = new()
    {
        [Reported] = new() { ["file"] = Filed, ["reject"] = Rejected, ["supervise"] = Reported, ["merge"] = Merged, [Add] = Reported, [Attach] = Reported },
        [Filed] = new() { ["dispatch"] = Dispatched, ["supervise"] = Filed, ["merge"] = Merged, [Add] = Filed, [Attach] = Filed },
        [Rejected] = new(),
        [Dispatched] = new() { ["accept"] = Accepted, ["reoffer"] = Dispatched, ["return"] = Returned, ["escalate"] = Dispatched, ["extend"] = Dispatched, ["defer"] = Deferred, ["supervise"] = Dispatched, [Add] = Dispatched, [Attach] = Dispatched },
        [Accepted] = new() { ["return"] = Returned, ["resolve"] = Resolved, ["escalate"] = Dispatched, ["extend"] = Accepted, ["defer"] = Deferred, ["supervise"] = Accepted, [Add] = Accepted, [Attach] = Accepted },
        [Returned] = new() { ["dispatch"] = Dispatched, ["escalate"] = Dispatched, ["supervise"] = Returned, [Add] = Returned, [Attach] = Returned },
        [Resolved] = new() { ["verify"] = Verified, ["rework"] = Reworked, ["supervise"] = Resolved, [Add] = Resolved, [Attach] = Resolved },
        [Reworked] = new() { ["resolve"] = Resolved, ["escalate"] = Dispatched, ["extend"] = Reworked, ["defer"] = Deferred, ["supervise"] = Reworked, [Add] = Reworked, [Attach] = Reworked },
        [Verified] = new() { ["close"] = Closed, ["supervise"] = Verified, [Add] = Verified, [Attach] = Verified },
        [Closed] = new() { ["evaluate"] = Evaluated },
        [Evaluated] = new(),
        [Deferred] = new() { ["resume"] = Accepted, ["supervise"] = Deferred, [Add] = Deferred, [Attach] = Deferred },
        [Merged] = new(),
    };

    public static TheoryData<IncidentStatus, string> EveryStateAndCommand()
    {
        var data = new TheoryData<IncidentStatus, string>();
        foreach (var status in Enum.GetValues<IncidentStatus>())
            foreach (var command in Paths.CommandNames)
                data.Add(status, command);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndCommand))]
    public void Each_state_allows_exactly_its_commands_and_refuses_the_rest_with_the_reason(IncidentStatus state, string name)
    {
        var script = Paths.To(state);
        var before = script.State.Version;
        var (command, actor) = Paths.Command(name);

        var decision = script.Decide(command, actor);

        if (Allowed[state].TryGetValue(name, out var next))
        {
            Assert.Null(decision.Refusal);
            Assert.Equal(next, decision.Event!.Status);
            Assert.Equal(before + 1, decision.Event.Version);
        }
        else
        {
            Assert.Null(decision.Event);
            Assert.Equal(RefusalCode.WrongState, decision.Refusal!.Code);
            Assert.Equal($"cannot {name} a case that is {state}", decision.Refusal.Reason);
        }
    }

    [Fact]
    public void Every_step_of_the_whole_life_appends_who_what_when_and_bumps_the_version()
    {
        var s = new CaseScript();
        (IncidentCommand, GridActors.Access.Actor, EventKind, IncidentStatus)[] life =
        [
            (CaseScript.AReport(), People.Reporter, EventKind.Reported, Reported),
            (Paths.Command("file").Command, People.Operator, EventKind.Filed, Filed),
            (Paths.Command("dispatch").Command, People.Operator, EventKind.Dispatched, Dispatched),
            (Paths.Command("accept").Command, People.Handler, EventKind.Accepted, Accepted),
            (Paths.Command("resolve").Command, People.Handler, EventKind.Resolved, Resolved),
            (Paths.Command("rework").Command, People.Reporter, EventKind.Reworked, Reworked),
            (Paths.Command("resolve").Command, People.Handler, EventKind.Resolved, Resolved),
            (Paths.Command("verify").Command, People.Reporter, EventKind.Verified, Verified),
            (Paths.Command("close").Command, People.Operator, EventKind.Closed, Closed),
            (Paths.Command("evaluate").Command, People.Operator, EventKind.Evaluated, Evaluated),
        ];

        for (var i = 0; i < life.Length; i++)
        {
            var (command, actor, kind, status) = life[i];
            s.Do(command, actor);
            Assert.Equal(i + 1, s.State.Version);
            Assert.Equal(status, s.State.Status);
            Assert.Equal(i + 1, s.State.History.Count);
            var last = s.State.History[^1];
            Assert.Equal((i + 1L, kind, actor, s.Now, status), (last.Version, last.Kind, last.By, last.At, last.Status));
        }
        Assert.Equal(5, s.State.Satisfaction);
        Assert.Equal(["https://photos.example/1.jpg"], s.State.History.First(e => e.Kind == EventKind.Resolved).PhotoUrls!);
    }

    [Fact]
    public void Filing_sets_the_deadline_from_the_category_limit_in_working_hours()
    {
        var s = Paths.To(Filed);
        // Exposed rubbish, normal urgency: 4 working hours from filing on Friday at 09:02, lunch
        // 12:00–13:30 not counted (it was 4 plain hours, 13:02, before the calendar).
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 14, 32, 0, TimeSpan.FromHours(8)), s.State.DueAt);
    }

    [Fact]
    public void A_return_clears_the_handler_and_the_case_can_be_dispatched_again()
    {
        var s = Paths.To(Returned);
        Assert.Null(s.State.Handler);
        s.Do(new Dispatch(HandlingLevel.Village, People.Village, "village team"), People.Operator);
        Assert.Equal((Dispatched, HandlingLevel.Village, People.Village), (s.State.Status, s.State.Level, s.State.Handler));
    }

    [Fact]
    public void Escalation_moves_the_case_up_a_level_to_that_level_s_command_centre()
    {
        var s = Paths.To(Accepted);
        s.Do(new Escalate(HandlingLevel.Town, People.Town, "enforcement needed"), People.Handler);
        Assert.Equal((Dispatched, HandlingLevel.Town, People.Town), (s.State.Status, s.State.Level, s.State.Handler));
        Assert.Equal(EventKind.Escalated, s.State.History[^1].Kind);

        s.Do(new Accept(), People.Operator);
        Assert.Equal(Accepted, s.State.Status);
        s.Do(new Escalate(HandlingLevel.Department, "urban-management", "needs a permit check"), People.Operator);
        Assert.Equal((HandlingLevel.Department, "urban-management"), (s.State.Level, s.State.Handler));
    }

    [Fact]
    public void An_extension_moves_the_deadline_and_stays_in_the_history()
    {
        var s = Paths.To(Accepted);
        var newDeadline = CaseScript.Start.AddDays(3);
        s.Do(new Extend(newDeadline, "contractor needed"), People.Supervisor);
        Assert.Equal(newDeadline, s.State.DueAt);
        Assert.Equal(Accepted, s.State.Status);
        var entry = s.State.History[^1];
        Assert.Equal((EventKind.Extended, newDeadline, "contractor needed"), (entry.Kind, entry.Deadline, entry.Text));
    }

    [Fact]
    public void A_deferral_stops_the_clock_and_resuming_gives_back_the_working_time_that_was_left()
    {
        var s = Paths.To(Accepted);
        s.Do(new Defer("owner abroad"), People.Supervisor);
        s.Advance(TimeSpan.FromHours(10));
        s.Do(new Resume("owner back"), People.Operator);
        // Due Friday 14:32; deferred at 09:05 with 3 h 57 min of working time left; resumed at 19:06,
        // after hours, so the rest counts from Monday 08:30: 3 h 30 min to noon, 27 min after lunch.
        // (In plain hours, before the calendar, it moved by the ten hours deferred.)
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 13, 57, 0, TimeSpan.FromHours(8)), s.State.DueAt);
        Assert.Equal(s.State.DueAt, s.State.History[^1].Deadline);
        Assert.Equal(Accepted, s.State.Status);
    }

    [Fact]
    public void Supervision_notices_are_counted_and_leave_the_state_alone()
    {
        var s = Paths.To(Dispatched);
        s.Do(new Supervise("today please"), People.Supervisor).Do(new Supervise("overdue"), People.Supervisor);
        var view = s.State.ToView(s.Now);
        Assert.Equal((2, Dispatched), (view.SupervisionCount, view.Status));
    }

    [Fact]
    public void A_command_id_already_in_the_history_is_recognised_as_applied()
    {
        var s = Paths.To(Filed);
        var filedBy = s.State.History[^1].CommandId;
        Assert.True(s.State.HasApplied(filedBy));
        Assert.False(s.State.HasApplied("never-sent"));
    }

    [Fact]
    public void Commands_on_a_case_never_reported_are_refused_as_not_found()
    {
        var s = new CaseScript();
        var decision = s.Decide(new FileCase(null), People.Operator);
        Assert.Equal(RefusalCode.NotFound, decision.Refusal!.Code);
    }

    [Fact]
    public void A_second_report_under_the_same_id_is_a_conflict()
    {
        var s = Paths.To(Reported);
        var decision = s.Decide(CaseScript.AReport(), People.Reporter);
        Assert.Equal(RefusalCode.Conflict, decision.Refusal!.Code);
    }
}
