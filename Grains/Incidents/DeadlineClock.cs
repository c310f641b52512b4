using GridActors.Calendar;

namespace GridActors.Incidents;

/// <summary>Starts, moves, stops and restarts a case's clocks as its events happen: the whole case
/// from filing, and one clock per stage (dispatch starts acceptance, acceptance and rework start
/// handling, the result starts verification), counted on the working calendar.</summary>
public static class DeadlineClock
{
    /// <summary>The clocks once <paramref name="e"/> has happened to <paramref name="s"/>, or null
    /// when the event leaves them as they are.</summary>
    public static Deadlines? After(IncidentState s, IncidentEvent e, CommandContext c)
    {
        if (c.Categories.Find(s.Category) is not { } category) return null;
        var d = s.Deadlines;
        return e.Kind switch
        {
            EventKind.Filed => StartCase(d, category.LimitFor(s.Urgency), e.At, c),
            EventKind.Dispatched or EventKind.Escalated => StartStage(d, Stage.Accept, category, s.Urgency, e, c),
            EventKind.Accepted or EventKind.Reworked => StartStage(d, Stage.Handle, category, s.Urgency, e, c),
            EventKind.Resolved => StartStage(d, Stage.Verify, category, s.Urgency, e, c),
            EventKind.Returned or EventKind.Verified => WithoutStage(d),
            EventKind.Closed or EventKind.Merged => WithoutStage(d) with { StoppedAt = e.At },
            EventKind.Extended => Extend(d, e.Deadline!.Value, category, s.Urgency, c),
            EventKind.Deferred => d with { StoppedAt = e.At },
            EventKind.Resumed => Resume(d, e.At, category, s.Urgency, c),
            _ => null,
        };
    }

    /// <summary>The instant <see cref="DeadlinePolicy.WarnShare"/> of the time from
    /// <paramref name="start"/> to <paramref name="due"/> has passed, in working time when
    /// <paramref name="working"/>.</summary>
    public static DateTimeOffset WarnAt(DateTimeOffset start, DateTimeOffset due, bool working, CommandContext c)
    {
        var share = c.Policy.WarnShare;
        if (!working) return start.ToOffset(WorkingCalendar.ChinaStandardTime) + Part(due - start, share);
        return c.Calendar.AddWorkingTime(start, Part(c.Calendar.WorkingTimeBetween(start, due), share));
    }

    private static TimeSpan Part(TimeSpan whole, decimal share) => TimeSpan.FromTicks((long)(whole.Ticks * share));

    private static bool Working(TimeLimit limit) => limit.Unit != TimeLimitUnit.NaturalHours;

    private static Deadlines StartCase(Deadlines d, TimeLimit limit, DateTimeOffset start, CommandContext c)
    {
        var due = limit.DueFrom(start, c.Calendar);
        return d with
        {
            CaseStart = start, CaseDue = due, CaseWarn = WarnAt(start, due, Working(limit), c),
            CaseUnscheduledYear = Unscheduled(Working(limit), start, due, c),
        };
    }

    private static Deadlines StartStage(Deadlines d, Stage stage, Category category, Urgency urgency, IncidentEvent e, CommandContext c)
    {
        var limit = category.LimitFor(stage, urgency);
        var due = limit.DueFrom(e.At, c.Calendar);
        return d with
        {
            Stage = stage, StageVersion = e.Version, StageStart = e.At, StageDue = due, StageWarn = WarnAt(e.At, due, Working(limit), c),
            StageUnscheduledYear = Unscheduled(Working(limit), e.At, due, c),
        };
    }

    private static Deadlines WithoutStage(Deadlines d) =>
        d with { Stage = null, StageStart = null, StageDue = null, StageWarn = null, StageUnscheduledYear = null };

    /// <summary>The year without a holiday schedule a working-time count from <paramref name="start"/>
    /// to <paramref name="due"/> went through; natural hours need no calendar.</summary>
    private static int? Unscheduled(bool working, DateTimeOffset start, DateTimeOffset due, CommandContext c) =>
        working ? CalendarCoverage.FirstUnscheduledYear(c.Calendar, start, due) : null;

    /// <summary>An approved extension moves the case deadline; while handling it also moves the
    /// handling deadline, since the approval is for the handler to take that long. The approver named
    /// the instant, so it is no count through an unscheduled year.</summary>
    private static Deadlines Extend(Deadlines d, DateTimeOffset due, Category category, Urgency urgency, CommandContext c)
    {
        var extended = d with
        {
            CaseDue = due, CaseWarn = WarnAt(d.CaseStart ?? c.Now, due, Working(category.LimitFor(urgency)), c), CaseUnscheduledYear = null,
        };
        return d is { Stage: Stage.Handle, StageDue: { } stageDue, StageStart: { } start } && stageDue < due
            ? extended with
            {
                StageDue = due, StageWarn = WarnAt(start, due, Working(category.LimitFor(Stage.Handle, urgency)), c), StageUnscheduledYear = null,
            }
            : extended;
    }

    /// <summary>The clocks stood still while deferred: what was left of each at the deferral is
    /// counted again from the resumption, in the limit's own kind of time.</summary>
    private static Deadlines Resume(Deadlines d, DateTimeOffset resumed, Category category, Urgency urgency, CommandContext c)
    {
        var stopped = d.StoppedAt ?? resumed;
        var caseWorking = Working(category.LimitFor(urgency));
        var stageWorking = d.Stage is { } stage && Working(category.LimitFor(stage, urgency));
        DateTimeOffset? Shift(DateTimeOffset? instant, bool working) => instant is not { } at || at <= stopped ? instant
            : working ? c.Calendar.AddWorkingTime(resumed, c.Calendar.WorkingTimeBetween(stopped, at))
            : resumed.ToOffset(WorkingCalendar.ChinaStandardTime) + (at - stopped);
        // A deadline counted through an unscheduled year stays so marked; the time left is counted again.
        int? Marked(int? before, DateTimeOffset? due, bool working) =>
            before ?? (due is { } at ? Unscheduled(working, resumed, at, c) : null);
        var (caseDue, stageDue) = (Shift(d.CaseDue, caseWorking), Shift(d.StageDue, stageWorking));
        return d with
        {
            CaseDue = caseDue,
            CaseWarn = Shift(d.CaseWarn, caseWorking),
            StageDue = stageDue,
            StageWarn = Shift(d.StageWarn, stageWorking),
            StoppedAt = null,
            CaseUnscheduledYear = Marked(d.CaseUnscheduledYear, caseDue, caseWorking),
            StageUnscheduledYear = Marked(d.StageUnscheduledYear, stageDue, stageWorking),
        };
    }
}
