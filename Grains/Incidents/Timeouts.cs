using GridActors.Access;
using GridActors.Calendar;
using GridActors.Workers;

namespace GridActors.Incidents;

/// <summary>What is due when a stage's limit passes.</summary>
public enum TimeoutAction
{
    /// <summary>Acceptance overdue: offer the case to another worker of the grid, or send it up a level.</summary>
    MoveOn,
    /// <summary>Handling or verification overdue, or acceptance at the top: one 督办 notice per stage.</summary>
    Supervise,
    /// <summary>Still not handled a while after the notice: up one level.</summary>
    Escalate,
}

/// <summary>An automatic action, with the command id that makes it happen once: derived from the
/// stage and the version that began it, so a repeated or late tick finds it already applied.</summary>
public sealed record TimedAction(TimeoutAction Action, Stage Stage, string CommandId);

/// <summary>The platform's own part in time limits (超时自动督办、自动流转): what falls due when a
/// stage's clock runs out, which command does it, and when next to look. Decided from the stored
/// clocks and the history alone, so any tick, however late or repeated, reaches the same answer.</summary>
public static class Timeouts
{
    /// <summary>The platform acts as a supervisor of the case's district: automatic supervision and
    /// escalation are the district command centre's powers, delegated to the platform by its rules,
    /// and this passes the same permission checks a person would.</summary>
    public static Actor ActorFor(string gridCode) =>
        new(Actor.SystemId, Role.Supervisor, Targets.AreaAt(gridCode, HandlingLevel.District));

    public static TimedAction? Due(IncidentState s, DateTimeOffset now, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        if (s.Deadlines is not { Stage: { } stage, StageDue: { } due, StoppedAt: null } d || now < due) return null;
        var overdue = $"overdue:{stage}:v{d.StageVersion}";
        var timeout = $"timeout:{stage}:v{d.StageVersion}";
        var belowTop = s.Level is not HandlingLevel.District;
        return stage switch
        {
            Stage.Accept when belowTop => new(TimeoutAction.MoveOn, stage, timeout),
            _ when !s.HasApplied(overdue) => new(TimeoutAction.Supervise, stage, overdue),
            Stage.Handle when belowTop && now >= EscalationAt(due, calendar, policy) => new(TimeoutAction.Escalate, stage, timeout),
            _ => null,
        };
    }

    /// <summary>The next instant something changes on its own: a light, or an action falling due.
    /// Null when no clock runs.</summary>
    public static DateTimeOffset? NextInstant(IncidentState s, DateTimeOffset now, WorkingCalendar calendar, DeadlinePolicy policy)
    {
        if (s.Deadlines is not { StoppedAt: null } d) return null;
        DateTimeOffset?[] instants =
        [
            d.CaseWarn, d.CaseDue, d.StageWarn, d.StageDue,
            d is { Stage: Stage.Handle, StageDue: { } due } ? EscalationAt(due, calendar, policy) : null,
        ];
        return instants.Where(i => i > now).Min();
    }

    /// <param name="gridWorkers">The grid's workers, to find another for an unaccepted offer.</param>
    public static IncidentCommand CommandFor(IncidentState s, TimedAction t, Category category, IReadOnlyList<WorkerSummary> gridWorkers)
    {
        var stage = t.Stage.ToString().ToLowerInvariant();
        if (t.Action == TimeoutAction.Supervise) return new Supervise($"overdue: {stage} limit passed");
        var reason = $"timeout: {stage} limit passed";
        if (t.Action == TimeoutAction.MoveOn && s.Level == HandlingLevel.Grid && DispatchRules.NextWorker(s, gridWorkers, PassedOver(s)) is { } worker)
            return new Reoffer(worker.WorkerId, $"{reason}; next {worker.Reason}");
        var (level, handler) = Above(s, category);
        return new Escalate(level, handler, reason);
    }

    private static DateTimeOffset EscalationAt(DateTimeOffset due, WorkingCalendar calendar, DeadlinePolicy policy) =>
        calendar.AddWorkingTime(due, policy.EscalateAfterOverdue);

    /// <summary>Who an unaccepted case is not offered to again: whoever holds it and whoever held it.</summary>
    private static IReadOnlyCollection<string> PassedOver(IncidentState s) =>
        s.Handler is { } handler ? [.. s.Workers, handler] : s.Workers;

    /// <summary>Grid → village → town → the category's department, or the district when it has none;
    /// a department's overdue case goes to the district.</summary>
    private static (HandlingLevel Level, string Handler) Above(IncidentState s, Category category) => s.Level switch
    {
        HandlingLevel.Grid => (HandlingLevel.Village, Targets.AreaAt(s.GridCode, HandlingLevel.Village)),
        HandlingLevel.Village => (HandlingLevel.Town, Targets.AreaAt(s.GridCode, HandlingLevel.Town)),
        HandlingLevel.Town when category.Department is { } department => (HandlingLevel.Department, department),
        _ => (HandlingLevel.District, Targets.AreaAt(s.GridCode, HandlingLevel.District)),
    };
}
